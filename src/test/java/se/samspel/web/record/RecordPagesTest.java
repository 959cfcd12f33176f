package se.samspel.web.record;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.DeviationRecorder;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.organisation.domain.PersonId;
import se.samspel.policy.domain.Severity;
import se.samspel.support.Api;
import se.samspel.support.Tokens;

/**
 * The record pages over real HTTP: what the browser tests do not reach — whistleblowing kept off
 * the pages, the CSV downloads and who may have them, a verdict only for its reporter, the CSRF
 * field, and the electoral-term period.
 */
@QuarkusTest
class RecordPagesTest {

  private static final String CSRF = "r".repeat(43);

  @Inject DeviationRecorder recorder;

  private static RequestSpecification as(String login) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin(login))
        .cookie("samspel_csrf", CSRF);
  }

  private long record(String rule, String requester, String description) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                recorder.record(
                    new NewDeviation(
                        DeviationKind.REPORTED_CONTACT,
                        Instant.parse("2025-06-02T08:00:00Z"),
                        "kungsor",
                        1,
                        rule,
                        "Misstanke om oegentligheter går till visselblåsarfunktionen",
                        "Medarbetare",
                        "Misstänkta lagbrott går till visselblåsarfunktionen.",
                        Severity.HIGH,
                        "POS-VISSEL (HANDLE)",
                        "STAFF_MEMBER",
                        "MANAGER",
                        Optional.of("U-SOF"),
                        Optional.empty(),
                        Optional.empty(),
                        "A direct contact where the guideline prescribes the route POS-VISSEL",
                        new PersonalData(
                            Optional.of(new PersonId(requester)),
                            Optional.of(new PersonId(requester)),
                            Optional.empty(),
                            Optional.of(description)))));
  }

  @Test
  void a_whistleblowing_entry_is_never_listed_nor_shown_on_the_pages() {
    long seq = record("KUN-WHISTLEBLOWING", "P-USK", "Anmälde chefen för fusk");

    String list = as("kd").get("/avvikelser").then().statusCode(200).extract().asString();
    assertThat(list)
        .doesNotContain("/avvikelser/" + seq + "\"", "KUN-WHISTLEBLOWING", "Anmälde chefen");
    as("kd")
        .get("/avvikelser?rule=KUN-WHISTLEBLOWING")
        .then()
        .statusCode(200)
        .body(containsString("Inga poster passar filtret."));
    as("revisor")
        .get("/avvikelser/" + seq)
        .then()
        .statusCode(404)
        .body(not(containsString("Anmälde chefen")));
    // The record itself still holds it, and verifies: the pages leave it out, nothing is removed.
    long entries =
        ((Number) Api.as("kd").get("/api/deviations/verify").then().extract().path("entries"))
            .longValue();
    assertThat(entries).isGreaterThanOrEqualTo(seq);
  }

  /**
   * Issue 12 changes this answer: {@code GET /api/deviations/{seq}} used to show a whistleblowing
   * entry to KD, the KSO and auditors while the pages hid it (one rule, two answers). Now the one
   * rule (RecordAccess) answers both: the API does not list it, does not show it (404, as the page)
   * and corrects it no more than the page does (422 deviation-unknown, as for no entry).
   */
  @Test
  void the_api_hides_a_whistleblowing_entry_exactly_as_the_pages_do() {
    long seq = record("KUN-WHISTLEBLOWING", "P-USK", "Anmälde rektorn för jäv");
    long ordinary = record("KUN-POLITICIAN-DIALOGUE", "P-USK", "Ringde rektorn direkt");

    for (String reader : java.util.List.of("kd", "kso", "revisor")) {
      as(reader).get("/avvikelser/" + seq).then().statusCode(404);
      Api.as(reader)
          .get("/api/deviations/" + seq)
          .then()
          .statusCode(404)
          .contentType(startsWith("application/problem+json"))
          .body(not(containsString("Anmälde rektorn")));
      // The same reader is shown an ordinary entry: the 404 is the rule, not a missing right.
      Api.as(reader).get("/api/deviations/" + ordinary).then().statusCode(200);
      as(reader).get("/avvikelser/" + ordinary).then().statusCode(200);
    }
    String listed =
        Api.as("kd")
            .get("/api/deviations?rule=KUN-WHISTLEBLOWING&size=100")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(listed).doesNotContain("Anmälde rektorn").contains("\"total\":0");
    assertThat(
            Api.as("kd")
                .get("/api/deviations?rule=KUN-POLITICIAN-DIALOGUE&size=1")
                .then()
                .statusCode(200)
                .extract()
                .<Integer>path("total"))
        .isPositive();
    Api.as("kd")
        .contentType(ContentType.JSON)
        .body("{\"summary\":\"Fel regel\",\"reason\":\"Prövar\"}")
        .post("/api/deviations/" + seq + "/corrections")
        .then()
        .statusCode(422)
        .body("code", org.hamcrest.Matchers.equalTo("deviation-unknown"));
  }

  @Test
  void the_report_form_refuses_suspected_wrongdoing_and_a_post_without_its_csrf_field() {
    String form = as("medarbetare").get("/rapportera").then().statusCode(200).extract().asString();
    assertThat(form).doesNotContain("value=\"SUSPECTED_WRONGDOING\"");

    Response whistle =
        as("medarbetare")
            .contentType(ContentType.URLENC)
            .formParam("_csrf", CSRF)
            .formParam("requester", "pos:POS-USK-1")
            .formParam("target", "pos:POS-FC-BUF")
            .formParam("date", "2025-06-02")
            .formParam("time", "10:00")
            .formParam("kind", "SUSPECTED_WRONGDOING")
            .post("/rapportera");
    // Issue 12: a form sent back with its errors answers 422 on every page (was 400 here).
    assertThat(whistle.statusCode()).isEqualTo(422);
    assertThat(whistle.asString())
        .contains("visselblåsarfunktionen via Kontakta förvaltningen, aldrig här")
        .contains("aria-invalid=\"true\"");

    as("politiker")
        .contentType(ContentType.URLENC)
        .formParam("requester", "pos:POS-KF-LED-1")
        .formParam("target", "pos:POS-LARARE-1")
        .formParam("date", "2025-06-02")
        .formParam("time", "10:00")
        .formParam("kind", "DIALOGUE")
        .post("/rapportera")
        .then()
        .statusCode(403);
  }

  @Test
  void a_reported_deviation_s_verdict_is_shown_to_its_reporter_only() {
    long seq =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    recorder.record(
                        new NewDeviation(
                            DeviationKind.REPORTED_CONTACT,
                            Instant.parse("2025-06-03T08:00:00Z"),
                            "kungsor",
                            1,
                            "KUN-POLITICIAN-DIALOGUE",
                            "Dialog går via förvaltningschefen",
                            "Förtroendevalda",
                            "Regeln är att alltid först ha kontakt med förvaltningschefen.",
                            Severity.MEDIUM,
                            "POS-FC-BUF (APPROVE) → POS-REKTOR-1 (ARRANGE)",
                            "ELECTED_MEMBER",
                            "STAFF_MEMBER",
                            Optional.of("U-BUF"),
                            Optional.empty(),
                            Optional.empty(),
                            "A direct contact",
                            new PersonalData(
                                Optional.of(new PersonId("P-POL")),
                                Optional.of(new PersonId("P-POL")),
                                Optional.of(new PersonId("P-LARARE")),
                                Optional.empty()))));
    as("politiker")
        .get("/rapportera/" + seq)
        .then()
        .statusCode(200)
        .body(containsString("Avvikelse från riktlinjen"), containsString("Förvaltningschef"));
    as("larare").get("/rapportera/" + seq).then().statusCode(404);
    as("kd").get("/rapportera/" + seq).then().statusCode(404);
    as("politiker").get("/rapportera/inte-ett-nummer").then().statusCode(404);
  }

  @Test
  void the_csv_downloads_are_the_api_s_tables_for_those_who_may_read_them() {
    Response full = as("kso").get("/uppfoljning.csv?period=custom&from=2020-01-01&to=2020-12-31");
    assertThat(full.statusCode()).isEqualTo(200);
    assertThat(full.contentType()).startsWith("text/csv");
    assertThat(full.header("Content-Disposition")).contains("uppfoljning.csv");
    assertThat(full.asString())
        .startsWith("table,from,to,last_day,label")
        .contains("period,2020-01-01,2021-01-01,2020-12-31");
    assertThat(full.asString()).contains("owners,KD,");

    as("politiker").get("/uppfoljning.csv").then().statusCode(403);

    Response open =
        given().get("/uppfoljning/offentlig.csv?period=custom&from=2020-01-01&to=2020-12-31");
    assertThat(open.statusCode()).isEqualTo(200);
    assertThat(open.asString()).contains("suppressed_below").doesNotContain("Karin Holm");
    given()
        .get("/uppfoljning/offentlig")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/html"))
        .body(containsString("offentlig version"));
  }

  @Test
  void the_electoral_term_runs_from_the_fifteenth_of_october_of_an_election_year() {
    String html =
        as("revisor")
            .get("/uppfoljning?period=previous")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
    int start = today.getYear() - Math.floorMod(today.getYear() - 2022, 4);
    if (today.isBefore(java.time.LocalDate.of(start, 10, 15))) {
      start -= 4;
    }
    // The previous term ended when the current one, begun on 15 October of an election year, began.
    assertThat(html).contains("15 oktober " + (start - 4) + " – 14 oktober " + start);
    as("revisor")
        .get("/uppfoljning?period=custom&from=2020-13-01")
        .then()
        .statusCode(422) // issue 12: one status for form errors on every page (was 400)
        .body(containsString("Ange ett datum som ÅÅÅÅ-MM-DD."));
  }

  @Test
  void kd_and_auditors_correct_an_entry_the_kso_reads_it_and_nothing_else_changes() {
    long seq = record("KUN-POLITICIAN-DIALOGUE", "P-POL", "Ringde läraren");
    String entryHash = Api.as("kd").get("/api/deviations/" + seq).path("entryHash");

    // The KSO reads the entry but is not offered the form, and a post is refused.
    String ksoPage =
        as("kso").get("/avvikelser/" + seq).then().statusCode(200).extract().asString();
    assertThat(ksoPage)
        .doesNotContain("/rattelse")
        .contains("Poster rättas av kommundirektören (KD) eller en revisor.");
    correction("kso", seq, "Förankrad", "Anteckning").then().statusCode(403);

    // Missing and too long texts are named at their fields; nothing is stored.
    long head = head();
    Response empty = correction("kd", seq, " ", "");
    assertThat(empty.statusCode()).isEqualTo(422); // issue 12: was 400
    assertThat(empty.asString())
        .contains("Skriv vad som rättas.", "Skriv varför posten rättas.", "aria-invalid=\"true\"");
    Response tooLong = correction("revisor", seq, "x".repeat(501), "Anteckning");
    assertThat(tooLong.statusCode()).isEqualTo(422);
    assertThat(tooLong.asString()).contains("Skriv högst 500 tecken.", "Anteckning");
    assertThat(head()).isEqualTo(head);

    // An auditor corrects it: a new entry refers to it, the corrector is the one logged in.
    Response made = correction("revisor", seq, "Kontakten var förankrad", "Minnesanteckning");
    assertThat(made.statusCode()).isEqualTo(303);
    String location = made.header("Location");
    assertThat(location).contains("/avvikelser/" + seq + "?rattelse=").endsWith("#rattelser");
    long correction =
        Long.parseLong(location.substring(location.indexOf('=') + 1, location.indexOf('#')));
    assertThat(correction).isGreaterThan(head);
    Api.as("kd")
        .get("/api/deviations/" + correction)
        .then()
        .statusCode(200)
        .body("kind", org.hamcrest.Matchers.equalTo("CORRECTION"))
        .body("corrects", org.hamcrest.Matchers.equalTo((int) seq))
        .body("summary", org.hamcrest.Matchers.equalTo("Kontakten var förankrad"));
    assertThat((String) Api.as("kd").get("/api/deviations/" + seq).path("entryHash"))
        .isEqualTo(entryHash);
    as("kd")
        .get("/avvikelser/" + seq + "?rattelse=" + correction)
        .then()
        .statusCode(200)
        .body(containsString("Rättelsen är registrerad som post nr " + correction));
    // A number that is not one of the entry's corrections confirms nothing.
    as("kd")
        .get("/avvikelser/" + seq + "?rattelse=" + (correction + 1000))
        .then()
        .statusCode(200)
        .body(not(containsString("Rättelsen är registrerad")));
  }

  @Test
  void a_whistleblowing_entry_cannot_be_corrected_from_the_pages() {
    long seq = record("KUN-WHISTLEBLOWING", "P-USK", "Anmälde chefen");
    long head = head();
    correction("kd", seq, "Förankrad", "Anteckning").then().statusCode(404);
    correction("kd", Long.MAX_VALUE, "Förankrad", "Anteckning").then().statusCode(404);
    assertThat(head()).isEqualTo(head);
  }

  private static Response correction(String login, long seq, String summary, String reason) {
    return as(login)
        .contentType(ContentType.URLENC)
        .formParam("_csrf", CSRF)
        .formParam("summary", summary)
        .formParam("reason", reason)
        .post("/avvikelser/" + seq + "/rattelse");
  }

  /** The newest entry's number, from the record's own verification. */
  private static long head() {
    return ((Number) Api.as("kd").get("/api/deviations/verify").path("headSeq")).longValue();
  }
}

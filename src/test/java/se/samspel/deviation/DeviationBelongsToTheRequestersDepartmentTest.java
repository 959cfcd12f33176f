package se.samspel.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.samspel.support.Api.anonymous;
import static se.samspel.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.samspel.deviation.domain.ChainVerifier;
import se.samspel.deviation.domain.DeviationChain;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.DeviationStore;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.organisation.domain.PersonId;
import se.samspel.policy.domain.Severity;

/**
 * Issue 13, "A deviation belongs to the department where it happened": a social-services nurse
 * taking a problem straight to KD is a deviation of social services, not of KD's department. New
 * entries record the requester's department and the target's in the canonical form {@code
 * samspel-deviation-v2}; entries of form v1 keep verifying as they were written and keep their one
 * department in the review.
 *
 * <p>The rule the nurse departs from, Kungsör <i>Medarbetare</i> (KUN-STAFF-PROBLEM): "Medarbetaren
 * ska i första hand tala med närmaste chef vid eventuella problem. Kan frågan inte lösas på denna
 * nivå är det närmaste chefens ansvar att ta upp frågan med sin överordnade chef."
 */
@QuarkusTest
class DeviationBelongsToTheRequestersDepartmentTest {

  static final String SOCIAL_SERVICES = "U-SOF";
  static final String CENTRAL_ADMINISTRATION = "U-KLF";
  static final String COMMUNITY_PLANNING = "U-SBF";

  @Inject DeviationStore store;

  static String yesterday() {
    return OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0).toString();
  }

  /** The full review's by-department count of a unit (0 when it is not listed). */
  static int reviewCount(String unitId) {
    JsonPath review = as("kd").get("/api/review").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> rows = review.getList("deviations.byDepartment");
    return rows.stream()
        .filter(r -> unitId.equals(r.get("unitId")))
        .mapToInt(r -> ((Number) r.get("count")).intValue())
        .sum();
  }

  /** The assistant nurse of Hemtjänst Norr (social services) reports taking a problem to KD. */
  static long nurseTakesAProblemStraightToKd() {
    return ((Number)
            as("medarbetare")
                .contentType(ContentType.JSON)
                .body(
                    "{\"requesterPosition\":\"POS-USK-1\",\"target\":{\"position\":\"POS-KD\"},"
                        + "\"kind\":\"STAFF_PROBLEM\",\"occurredAt\":\""
                        + yesterday()
                        + "\",\"description\":\"Tog upp schemaproblemet direkt med KD\"}")
                .post("/api/contact-reports")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("DEVIATION"))
                .body("rule.id", equalTo("KUN-STAFF-PROBLEM"))
                .extract()
                .path("recordedAs"))
        .longValue();
  }

  @Test
  @DisplayName(
      "A deviation belongs to the department where it happened: a social-services nurse taking a"
          + " problem straight to KD is recorded under social services, with KD's department named"
          + " as the target's")
  void a_nurse_taking_a_problem_to_kd_is_recorded_under_social_services() {
    long seq = nurseTakesAProblemStraightToKd();
    as("kd")
        .get("/api/deviations/" + seq)
        .then()
        .statusCode(200)
        .body("form", equalTo(2))
        .body("department", nullValue())
        .body("requesterRole", equalTo("STAFF_MEMBER"))
        .body("targetRole", equalTo("MUNICIPAL_DIRECTOR"))
        .body("requesterDepartment.unitId", equalTo(SOCIAL_SERVICES))
        .body("requesterDepartment.name", equalTo("Socialförvaltningen"))
        .body("targetDepartment.unitId", equalTo(CENTRAL_ADMINISTRATION))
        .body("targetDepartment.name", equalTo("Kommunledningsförvaltningen"));
    // The record's filter finds it under either department it names.
    as("kd")
        .get("/api/deviations?department=" + SOCIAL_SERVICES + "&size=100")
        .then()
        .statusCode(200)
        .body("items.seq", hasItem((int) seq));
    as("kd")
        .get("/api/deviations?department=" + CENTRAL_ADMINISTRATION + "&size=100")
        .then()
        .statusCode(200)
        .body("items.seq", hasItem((int) seq));
    as("kd")
        .get("/api/deviations?department=" + COMMUNITY_PLANNING + "&size=100")
        .then()
        .statusCode(200)
        .body("items.seq", not(hasItem((int) seq)));
  }

  @Test
  @DisplayName(
      "The review counts a deviation under the requester's department (the nurse's social"
          + " services, not KD's department) and says which rule it applies")
  void the_review_counts_the_nurses_deviation_under_social_services() {
    int socialServices = reviewCount(SOCIAL_SERVICES);
    int central = reviewCount(CENTRAL_ADMINISTRATION);
    nurseTakesAProblemStraightToKd();
    assertThat(reviewCount(SOCIAL_SERVICES)).isEqualTo(socialServices + 1);
    assertThat(reviewCount(CENTRAL_ADMINISTRATION)).isEqualTo(central);

    String rule =
        "A deviation counts under the requester's department, or the target's when the requester"
            + " has none (a politician, an outside party); entries recorded before both were kept"
            + " count under the one department they recorded.";
    as("kd").get("/api/review").then().body("deviations.departmentRule", equalTo(rule));
    anonymous()
        .get("/api/public/review")
        .then()
        .statusCode(200)
        .body("deviations.departmentRule", equalTo(rule));
    assertThat(as("kd").get("/api/review.csv").then().statusCode(200).extract().asString())
        .contains("table,rule\r\ndepartment_rule,\"" + rule.replace("\"", "\"\"") + "\"\r\n");
    assertThat(anonymous().get("/api/public/review.csv").then().extract().asString())
        .contains("department_rule,\"" + rule + "\"\r\n");
  }

  @Test
  @DisplayName(
      "When the requester has no department (a politician), the deviation counts under the"
          + " target's department")
  void a_politicians_deviation_counts_under_the_targets_department() {
    int education = reviewCount("U-BUF");
    long seq =
        ((Number)
                as("larare")
                    .contentType(ContentType.JSON)
                    .body(
                        "{\"requesterPosition\":\"POS-BUN-LED-POL\",\"target\":{\"position\":"
                            + "\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"occurredAt\":\""
                            + yesterday()
                            + "\"}")
                    .post("/api/contact-reports")
                    .then()
                    .statusCode(200)
                    .body("verdict", equalTo("DEVIATION"))
                    .extract()
                    .path("recordedAs"))
            .longValue();
    as("kd")
        .get("/api/deviations/" + seq)
        .then()
        .body("requesterDepartment", nullValue())
        .body("targetDepartment.unitId", equalTo("U-BUF"));
    assertThat(reviewCount("U-BUF")).isEqualTo(education + 1);
  }

  @Test
  @DisplayName(
      "The record's page names both departments of an entry, and the review page says which"
          + " department a deviation counts under, in Swedish and in English")
  void the_pages_name_both_departments_and_the_rule() {
    long seq = nurseTakesAProblemStraightToKd();
    String entry =
        io.restassured.RestAssured.given()
            .cookie("samspel_token", se.samspel.support.Tokens.forLogin("kd"))
            .get("/avvikelser/" + seq)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(entry)
        .contains(
            "Förvaltning där avvikelsen skedde (den som tog kontakten)</dt><dd>Socialförvaltningen")
        .contains("Mottagarens förvaltning</dt><dd>Kommunledningsförvaltningen");
    String list =
        io.restassured.RestAssured.given()
            .cookie("samspel_token", se.samspel.support.Tokens.forLogin("kd"))
            .get("/avvikelser?department=" + SOCIAL_SERVICES)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(list).contains("Socialförvaltningen → Kommunledningsförvaltningen");
    assertThat(
            io.restassured.RestAssured.given()
                .get("/uppfoljning/offentlig")
                .then()
                .statusCode(200)
                .extract()
                .asString())
        .contains("En avvikelse räknas under förvaltningen där den som tog kontakten arbetar");
    assertThat(
            io.restassured.RestAssured.given()
                .cookie("samspel_token", se.samspel.support.Tokens.forLogin("kd"))
                .cookie("samspel_lang", "en")
                .get("/uppfoljning")
                .then()
                .statusCode(200)
                .extract()
                .asString())
        .contains("A deviation counts under the department of whoever made the contact");
  }

  /** A v1 entry's facts: one department, as the code before v2 recorded them. */
  static NewDeviation oldEntry(Instant occurredAt) {
    return new NewDeviation(
        DeviationKind.REPORTED_CONTACT,
        occurredAt,
        "kungsor",
        1,
        "KUN-POLITICIAN-DIALOGUE",
        "Dialog med medarbetare",
        "Förtroendevalda",
        "Regeln är att alltid först ha kontakt med förvaltningschefen på den aktuella förvaltningen"
            + " om den förtroendevalda önskar en dialog med chefer, medarbetare eller brukare.",
        Severity.MEDIUM,
        "POS-FC-SBF (APPROVE)",
        "ELECTED_MEMBER",
        "STAFF_MEMBER",
        Optional.of(COMMUNITY_PLANNING),
        Optional.empty(),
        Optional.empty(),
        "Direct contact instead of via the department head",
        new PersonalData(
            Optional.of(new PersonId("P-POL")),
            Optional.of(new PersonId("P-POL")),
            Optional.empty(),
            Optional.empty()));
  }

  /** The v1 canonical text, written out as the code before v2 built it. */
  static String v1Canonical(DeviationEntry e) {
    NewDeviation d = e.facts();
    StringBuilder t = new StringBuilder("samspel-deviation-v1\n");
    line(t, "seq", Long.toString(e.seq()));
    line(t, "kind", d.kind().name());
    line(t, "occurredAt", d.occurredAt().toString());
    line(t, "recordedAt", e.recordedAt().toString());
    line(t, "policyKey", d.policyKey());
    line(t, "policyVersion", Integer.toString(d.policyVersion()));
    line(t, "ruleId", d.ruleId());
    line(t, "ruleTitle", d.ruleTitle());
    line(t, "section", d.section());
    line(t, "quote", d.quote());
    line(t, "severity", d.severity().name());
    line(t, "prescribedRoute", d.prescribedRoute().text());
    line(t, "requesterRole", d.requesterRole());
    line(t, "targetRole", d.targetRole());
    line(t, "department", d.department().orElse(null));
    line(t, "requestId", null);
    line(t, "corrects", null);
    line(t, "summary", d.summary());
    line(t, "personalHash", e.personalHash());
    line(t, "previousHash", e.previousHash());
    return t.toString();
  }

  private static void line(StringBuilder t, String name, String value) {
    t.append(name).append('=');
    if (value == null) {
      t.append("-\n");
    } else {
      t.append(value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
          .append(':')
          .append(value)
          .append('\n');
    }
  }

  @Test
  @DisplayName(
      "A v1 entry, written as the old code wrote it, still verifies INTACT beside new v2 entries,"
          + " its hash and the head hash unchanged, and keeps its one department in the review")
  void a_v1_entry_keeps_verifying_and_keeps_its_department() {
    int planning = reviewCount(COMMUNITY_PLANNING);
    Instant occurred =
        Instant.now().minusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    DeviationEntry old =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  ChainVerifier.Head head = store.lockHead();
                  DeviationEntry e =
                      DeviationChain.append(
                          DeviationEntry.FORM_V1,
                          head.lastSeq() + 1,
                          oldEntry(occurred),
                          Instant.now(),
                          head.hash(),
                          DeviationChain.newSalt());
                  store.append(e);
                  return e;
                });
    // Its hash is the SHA-256 of the v1 text the old code hashed.
    assertThat(old.form()).isEqualTo(DeviationEntry.FORM_V1);
    assertThat(old.entryHash()).isEqualTo(DeviationChain.sha256(v1Canonical(old)));
    as("kd")
        .get("/api/deviations/verify")
        .then()
        .statusCode(200)
        .body("status", equalTo("INTACT"))
        .body("headSeq", equalTo((int) old.seq()))
        .body("headHash", equalTo(old.entryHash()));

    long next = nurseTakesAProblemStraightToKd();
    assertThat(next).isEqualTo(old.seq() + 1);
    as("kd")
        .get("/api/deviations/verify")
        .then()
        .body("status", equalTo("INTACT"))
        .body("headSeq", equalTo((int) next));
    // Read back from the database, the v1 entry is v1 with its hash and department as written.
    DeviationEntry stored = (DeviationEntry) store.find(old.seq()).orElseThrow();
    assertThat(stored.form()).isEqualTo(DeviationEntry.FORM_V1);
    assertThat(DeviationChain.contentHash(stored)).isEqualTo(old.entryHash());
    as("kd")
        .get("/api/deviations/" + old.seq())
        .then()
        .body("form", equalTo(1))
        .body("department", equalTo(COMMUNITY_PLANNING))
        .body("requesterDepartment", nullValue())
        .body("targetDepartment", nullValue())
        .body("entryHash", equalTo(old.entryHash()));
    as("kd").get("/api/deviations/" + next).then().body("previousHash", equalTo(old.entryHash()));
    as("kd")
        .get("/api/deviations?department=" + COMMUNITY_PLANNING + "&size=100")
        .then()
        .body("items.seq", hasItem((int) old.seq()));
    assertThat(reviewCount(COMMUNITY_PLANNING)).isEqualTo(planning + 1);
  }

  @Test
  @DisplayName(
      "The v2 canonical form names the requester's and the target's department where v1 named"
          + " one, and an entry read back from the database hashes to what was appended")
  void the_v2_canonical_form_round_trips() {
    NewDeviation facts =
        oldEntry(Instant.parse("2026-11-20T13:05:00Z"))
            .withDepartments(
                Optional.empty(),
                Optional.of(SOCIAL_SERVICES),
                Optional.of(CENTRAL_ADMINISTRATION));
    String personalHash = DeviationChain.personalHash(facts.personal(), "00".repeat(16));
    String text =
        DeviationChain.canonicalEntry(
            DeviationEntry.FORM_V2,
            7,
            facts,
            Instant.parse("2026-11-23T09:15:00.123456789Z"),
            personalHash,
            DeviationChain.GENESIS);
    assertThat(text)
        .startsWith("samspel-deviation-v2\nseq=1:7\n")
        .contains(
            "requesterRole=14:ELECTED_MEMBER\n"
                + "targetRole=12:STAFF_MEMBER\n"
                + "requesterDepartment=5:U-SOF\n"
                + "targetDepartment=5:U-KLF\n"
                + "requestId=-\n")
        .doesNotContain("\ndepartment=")
        .contains("recordedAt=27:2026-11-23T09:15:00.123456Z\n")
        .endsWith("previousHash=64:" + DeviationChain.GENESIS + "\n");
    // A single department given to a v2 entry (the old constructors) becomes the target's.
    assertThat(
            DeviationChain.canonicalEntry(
                DeviationEntry.FORM_V2,
                7,
                oldEntry(Instant.parse("2026-11-20T13:05:00Z")),
                Instant.parse("2026-11-23T09:15:00Z"),
                personalHash,
                DeviationChain.GENESIS))
        .contains("requesterDepartment=-\ntargetDepartment=5:U-SBF\n");
    // The same facts in v1 and v2 never hash alike: the form is part of what is hashed.
    assertThat(
            DeviationChain.entryHash(
                DeviationEntry.FORM_V1,
                7,
                oldEntry(Instant.parse("2026-11-20T13:05:00Z")),
                Instant.parse("2026-11-23T09:15:00Z"),
                personalHash,
                DeviationChain.GENESIS))
        .isNotEqualTo(
            DeviationChain.entryHash(
                DeviationEntry.FORM_V2,
                7,
                oldEntry(Instant.parse("2026-11-20T13:05:00Z")),
                Instant.parse("2026-11-23T09:15:00Z"),
                personalHash,
                DeviationChain.GENESIS));

    long seq = nurseTakesAProblemStraightToKd();
    DeviationEntry stored = (DeviationEntry) store.find(seq).orElseThrow();
    assertThat(stored.form()).isEqualTo(DeviationEntry.FORM_V2);
    assertThat(stored.facts().requesterDepartment()).contains(SOCIAL_SERVICES);
    assertThat(stored.facts().targetDepartment()).contains(CENTRAL_ADMINISTRATION);
    assertThat(stored.facts().department()).isEmpty();
    assertThat(DeviationChain.contentHash(stored)).isEqualTo(stored.entryHash());
  }
}

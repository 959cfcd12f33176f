package se.samspel.web.record;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.samspel.support.Tokens;

/**
 * "Rapportera kontakt" renders the use case's outcome as it is: the law that protects a contact is
 * the one the judge found (not one picked by its id), and why a contact is no deviation is the
 * verdict's reason, said in the page's words.
 */
@QuarkusTest
class ReportVerdictPageTest {

  private static final String CSRF = "v".repeat(43);

  private static Response report(String login, String requester, String target, String kind) {
    return report(login, requester, target, kind, "");
  }

  private static Response report(
      String login, String requester, String target, String kind, String concernsUnit) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_token", Tokens.forLogin(login))
        .cookie("samspel_csrf", CSRF)
        .contentType(ContentType.URLENC)
        .formParam("_csrf", CSRF)
        .formParam("requester", requester)
        .formParam("target", target)
        .formParam("date", "2025-06-02")
        .formParam("time", "10:00")
        .formParam("kind", kind)
        .formParam("concernsUnit", concernsUnit)
        .post("/rapportera");
  }

  @Test
  void a_journalist_calling_a_teacher_is_protected_by_the_rule_for_contacts_from_the_media() {
    Response fromMedia = report("larare", "ext:JOURNALIST", "pos:POS-LARARE-1", "MEDIA_INQUIRY");
    assertThat(fromMedia.statusCode()).isEqualTo(200);
    assertThat(fromMedia.asString())
        .contains("LAW-MEDDELARFRIHET-FROM-MEDIA")
        .doesNotContain("LAW-MEDDELARFRIHET-TO-MEDIA");

    Response toMedia = report("larare", "pos:POS-LARARE-1", "ext:JOURNALIST", "MEDIA_INQUIRY");
    assertThat(toMedia.statusCode()).isEqualTo(200);
    assertThat(toMedia.asString())
        .contains("LAW-MEDDELARFRIHET-TO-MEDIA")
        .doesNotContain("LAW-MEDDELARFRIHET-FROM-MEDIA");
  }

  @Test
  void a_route_the_organisation_cannot_follow_is_explained_in_swedish_with_what_was_missing() {
    Response verdict = report("kd", "pos:POS-KD", "pos:POS-KSO", "STAFF_PROBLEM");
    assertThat(verdict.statusCode()).isEqualTo(200);
    assertThat(verdict.asString())
        .contains("Regelns väg kan inte följas i organisationen som den ser ut")
        .contains("no position answers to NEAREST_MANAGER_OF_REQUESTER for this contact")
        .contains("KUN-STAFF-PROBLEM");
  }

  @Test
  void a_contact_the_guideline_leaves_free_says_so_and_stores_nothing() {
    Response verdict = report("larare", "ext:CITIZEN", "pos:POS-LARARE-1", "CITIZEN_CONTACT");
    assertThat(verdict.statusCode()).isEqualTo(200);
    assertThat(verdict.asString())
        .contains("Riktlinjen lämnar den här kontakten fri.")
        .contains("KUN-CITIZEN-FREE")
        // Issue 13, Medborgare: the free contact still names the first contact recommended.
        .contains("Riktlinjen rekommenderar ändå att i första hand gå till den medarbetare")
        .contains("Medborgarna/invånarnas/brukarnas kommunikering");
  }

  @Test
  void a_citizens_contact_about_a_school_names_the_school_and_its_principal() {
    // Issue 13, Medborgare: "… ska i första hand gå via den medarbetare som sköter utförandet."
    Response verdict = report("kso", "ext:CITIZEN", "pos:POS-KSO", "CITIZEN_CONTACT", "U-SKOLA-1");
    assertThat(verdict.statusCode()).isEqualTo(200);
    assertThat(verdict.asString())
        .contains("Riktlinjen rekommenderar ändå")
        .contains("Här: Ekbackens skola, där Rektor är ansvarig chef.");
  }

  @Test
  void a_committee_is_not_a_unit_a_matter_concerns_and_the_form_says_so() {
    Response form = report("kso", "ext:CITIZEN", "pos:POS-KSO", "CITIZEN_CONTACT", "U-BUN");
    assertThat(form.statusCode()).isEqualTo(422);
    assertThat(form.asString()).contains("Välj en förvaltning eller enhet i förvaltningen.");
  }
}

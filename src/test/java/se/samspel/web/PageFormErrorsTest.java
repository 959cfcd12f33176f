package se.samspel.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.DeviationRecorder;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.organisation.domain.PersonId;
import se.samspel.policy.domain.Severity;
import se.samspel.request.domain.ContactRequest;
import se.samspel.support.Api;
import se.samspel.support.Tokens;
import se.samspel.visit.domain.SiteVisit;

/**
 * Issue 12 decided one answer for a form sent back with its errors, on every page: {@link
 * FormErrors#STATUS} (422), the form shown again with each field's error. This test walks every
 * form of the pages over real HTTP, as a browser without script sends it (session cookie, CSRF
 * cookie and field), with an invalid submission — a field missing or too long — and asserts, for
 * each:
 *
 * <ul>
 *   <li>the status is 422 and the answer is an HTML page with an alert;
 *   <li>the same form is shown again (its {@code action} is the address posted to) with the field
 *       marked {@code aria-invalid="true"} and its error text next to it;
 *   <li>for a POST, nothing was stored: the request, the record's head, the organisation or the
 *       policies read back through the API are as they were, and no login cookie was issued.
 * </ul>
 *
 * <p>A second test lists every {@code @POST} of the pages by reflection and fails if one is neither
 * walked here nor without a field a person could get wrong, so that a new form cannot silently
 * answer another status.
 */
@QuarkusTest
class PageFormErrorsTest {

  private static final String CSRF = "f".repeat(43);

  /** The login that stands for the identity provider's administrator (a token with the group). */
  private static final String ADMINISTRATOR = "admin";

  /** Stands for no one logged in: the login form and the public review. */
  private static final String NO_ONE = null;

  private static final int NOTE_MAX = ContactRequest.MAX_NOTE_LENGTH;

  /**
   * The page POSTs with no field but the CSRF token and the version of the page seen (a hidden
   * field the page fills in): nothing a person types can be wrong, so they have no form error to
   * show. The coverage test checks that they still have no other field.
   */
  static final Set<String> WITHOUT_FIELDS =
      Set.of(
          "POST /logga-ut", // the logout button in the header
          "POST /arenden/{id}/klar", // "the contact took place"
          "POST /arenden/{id}/ta", // "I take it", on the request's page
          "POST /eskaleringar/{id}/ta"); // "I take it"

  /**
   * Forms whose errors are shown on another form: a confirmation that can no longer be applied (the
   * import's preview expired) asks for the file again, on the upload form.
   */
  static final Map<String, String> SHOWN_AGAIN_AT =
      Map.of("POST /administration/organisation/genomfor", "/administration/organisation");

  @Inject DeviationRecorder recorder;

  // ---- the walk -------------------------------------------------------------------------------

  /** How a form sends its fields. */
  enum Sent {
    /** A filter: {@code method="get"}, the fields in the query string. */
    QUERY,
    /** {@code application/x-www-form-urlencoded}, with the {@code _csrf} field. */
    FORM,
    /** {@code multipart/form-data}, with the {@code _csrf} part (the administration uploads). */
    MULTIPART
  }

  /**
   * How the page shows the field's error: at the field ({@code aria-invalid="true"} and a {@code <p
   * class="error" id="FIELD-error">}), or — the administration's uploads — in the alert above the
   * form with a problem table naming the field, and the file input marked invalid.
   */
  enum Shown {
    AT_FIELD,
    IN_PROBLEM_TABLE
  }

  /** The address a submission goes to, and a reading of what it must not change. */
  record Scene(String address, Supplier<Object> stored) {

    /** A filter, which stores nothing. */
    static Scene filter(String address) {
      return new Scene(address, () -> "a filter stores nothing");
    }
  }

  /**
   * One invalid submission of one form.
   *
   * @param name what is wrong, for the test's report
   * @param endpoint the page method it exercises, as {@code "POST /att-besluta/{id}/godkann"}
   * @param login who sends it ({@link #ADMINISTRATOR}, a demo login, or {@link #NO_ONE})
   * @param scene prepares what the form acts on (a request, an entry) and says what to re-read
   * @param fields the fields as typed (the CSRF token is added for POSTs)
   * @param field the id of the field the page must mark (or, for an upload, show again)
   * @param error the text shown for it (Swedish, the pages' first language; for an upload the
   *     problem table's reason, which is English)
   */
  record Submission(
      String name,
      String endpoint,
      String login,
      Sent sent,
      Shown shown,
      Function<PageFormErrorsTest, Scene> scene,
      Map<String, String> fields,
      String field,
      String error) {

    @Override
    public String toString() {
      return endpoint + ": " + name;
    }
  }

  static Stream<Submission> submissions() {
    return walk().stream();
  }

  static List<Submission> walk() {
    List<Submission> walk = new ArrayList<>();
    String tooLongNote = "x".repeat(NOTE_MAX + 1);
    String tooLongNoteError = "Texten får vara högst " + NOTE_MAX + " tecken.";

    // "Kontakta förvaltningen"
    walk.add(
        form(
            "the subject is missing",
            "POST /kontakta",
            "politiker",
            t -> new Scene("/kontakta", t::mine),
            fields(
                "action", "skicka", "target", "POS-LARARE-1", "kind", "DIALOGUE", "subject", "  "),
            "subject",
            "Skriv ett ämne för ärendet."));
    walk.add(
        form(
            "the subject is too long",
            "POST /kontakta",
            "politiker",
            t -> new Scene("/kontakta", t::mine),
            fields(
                "action",
                "skicka",
                "target",
                "POS-LARARE-1",
                "kind",
                "DIALOGUE",
                "subject",
                "s".repeat(ContactRequest.MAX_SUBJECT_LENGTH + 1)),
            "subject",
            "Texten får vara högst " + ContactRequest.MAX_SUBJECT_LENGTH + " tecken."));
    walk.add(
        form(
            "the purpose is too long, even for a preview",
            "POST /kontakta",
            "politiker",
            t -> new Scene("/kontakta", t::mine),
            fields(
                "action",
                "visa",
                "target",
                "POS-LARARE-1",
                "kind",
                "DIALOGUE",
                "purpose",
                "p".repeat(ContactRequest.MAX_PURPOSE_LENGTH + 1)),
            "purpose",
            "Texten får vara högst " + ContactRequest.MAX_PURPOSE_LENGTH + " tecken."));

    // The decisions of the department head, on the request's page
    walk.add(
        form(
            "the note is too long",
            "POST /att-besluta/{id}/godkann",
            "fc-buf",
            t -> t.onRequest(t.awaitingDecision(), "/att-besluta/%s/godkann"),
            fields("manager", "POS-REKTOR-1", "note", tooLongNote),
            "approve-note",
            tooLongNoteError));
    walk.add(
        form(
            "a teacher named to arrange it, refused by the use case, not the page",
            "POST /att-besluta/{id}/godkann",
            "fc-buf",
            t -> t.onRequest(t.awaitingDecision(), "/att-besluta/%s/godkann"),
            fields("manager", "POS-LARARE-1", "note", "Läraren ordnar det"),
            "approve-manager",
            "not a manager"));
    walk.add(
        form(
            "the reason is missing",
            "POST /att-besluta/{id}/avsla",
            "fc-buf",
            t -> t.onRequest(t.awaitingDecision(), "/att-besluta/%s/avsla"),
            fields("reason", "  "),
            "decline-reason",
            "Skriv varför du avslår. Den som skickade ärendet får se motiveringen."));
    walk.add(
        form(
            "the reason is too long",
            "POST /att-besluta/{id}/avsla",
            "fc-buf",
            t -> t.onRequest(t.awaitingDecision(), "/att-besluta/%s/avsla"),
            fields("reason", tooLongNote),
            "decline-reason",
            tooLongNoteError));
    walk.add(
        form(
            "neither a department nor a forum",
            "POST /att-besluta/{id}/omdirigera",
            "fc-buf",
            t -> t.onRequest(t.awaitingDecision(), "/att-besluta/%s/omdirigera"),
            fields("department", "", "forum", "", "reason", "Hör till en annan nämnd"),
            "redirect-department",
            "Välj en förvaltning eller skriv ett forum dit ärendet ska."));
    walk.add(
        form(
            "the reason is missing",
            "POST /att-besluta/{id}/omdirigera",
            "fc-buf",
            t -> t.onRequest(t.awaitingDecision(), "/att-besluta/%s/omdirigera"),
            fields("forum", "KSAU", "reason", ""),
            "redirect-reason",
            "Skriv varför ärendet ska till någon annan."));
    walk.add(
        form(
            "the forum is too long",
            "POST /att-besluta/{id}/omdirigera",
            "fc-buf",
            t -> t.onRequest(t.awaitingDecision(), "/att-besluta/%s/omdirigera"),
            fields("forum", "f".repeat(ContactRequest.MAX_FORUM_LENGTH + 1), "reason", "Fel forum"),
            "redirect-forum",
            "Texten får vara högst " + ContactRequest.MAX_FORUM_LENGTH + " tecken."));
    walk.add(
        form(
            "the note is too long",
            "POST /att-besluta/{id}/ordna",
            "rektor",
            t -> t.onRequest(t.approved(), "/att-besluta/%s/ordna"),
            fields("note", tooLongNote),
            "arrange-note",
            tooLongNoteError));
    walk.add(
        form(
            "the note is too long",
            "POST /att-besluta/{id}/los",
            "rektor",
            t -> t.onRequest(t.staffProblem(), "/att-besluta/%s/los"),
            fields("note", tooLongNote),
            "resolve-note",
            tooLongNoteError));

    // "Snabbt beslut fattat" on an acute matter (Kungsör, Allas ansvar: "Då ska berörd ansvarig
    // informeras utan dröjsmål."): what was decided is required, and bounded
    walk.add(
        form(
            "what was decided is missing",
            "POST /arenden/{id}/snabbt-beslut",
            "enhetschef",
            t -> t.onRequest(t.acuteMatter(), "/arenden/%s/snabbt-beslut"),
            fields("note", "   "),
            "quick-note",
            "Skriv vad som beslutades."));
    walk.add(
        form(
            "what was decided is too long",
            "POST /arenden/{id}/snabbt-beslut",
            "enhetschef",
            t -> t.onRequest(t.acuteMatter(), "/arenden/%s/snabbt-beslut"),
            fields("note", tooLongNote),
            "quick-note",
            tooLongNoteError));

    // The requester's own actions on the request's page
    walk.add(
        form(
            "the confirmation is missing",
            "POST /arenden/{id}/aterkalla",
            "politiker",
            t -> t.onRequest(t.awaitingDecision(), "/arenden/%s/aterkalla"),
            fields("reason", "Inte längre aktuellt"),
            "withdraw-confirm",
            "Kryssa i rutan för att bekräfta att du vill återkalla ärendet."));
    walk.add(
        form(
            "the reason is too long",
            "POST /arenden/{id}/aterkalla",
            "politiker",
            t -> t.onRequest(t.awaitingDecision(), "/arenden/%s/aterkalla"),
            fields("confirm", "ja", "reason", tooLongNote),
            "withdraw-reason",
            tooLongNoteError));

    // Escalating by hand
    walk.add(
        form(
            "the reason is missing",
            "POST /eskaleringar/{id}/eskalera",
            "rektor",
            t -> t.onRequest(t.staffProblem(), "/eskaleringar/%s/eskalera"),
            fields("reason", " "),
            "reason",
            "Skriv varför ärendet ska eskaleras."));
    walk.add(
        form(
            "the reason is too long",
            "POST /eskaleringar/{id}/eskalera",
            "rektor",
            t -> t.onRequest(t.staffProblem(), "/eskaleringar/%s/eskalera"),
            fields("reason", tooLongNote),
            "reason",
            "Skälet är för långt (högst " + NOTE_MAX + " tecken)."));

    // Reporting a contact outside the route
    walk.add(
        form(
            "the kind is missing",
            "POST /rapportera",
            "medarbetare",
            t -> new Scene("/rapportera", PageFormErrorsTest::head),
            report("", ""),
            "kind",
            "Välj typ av kontakt."));
    walk.add(
        form(
            "the description is too long",
            "POST /rapportera",
            "medarbetare",
            t -> new Scene("/rapportera", PageFormErrorsTest::head),
            report("DIALOGUE", "d".repeat(PersonalData.MAX_REPORTED_DESCRIPTION_LENGTH + 1)),
            "description",
            "Beskrivningen får vara högst "
                + PersonalData.MAX_REPORTED_DESCRIPTION_LENGTH
                + " tecken."));

    walk.add(
        form(
            "no guideline was in force that day, as the use case answers",
            "POST /rapportera",
            "medarbetare",
            t -> new Scene("/rapportera", PageFormErrorsTest::head),
            report("DIALOGUE", "", "1990-01-02"),
            "date",
            "Ingen version av riktlinjen gällde den dagen."));

    // Registering a site visit afterwards
    walk.add(
        form(
            "the visited unit is missing",
            "POST /verksamhetsbesok",
            "politiker",
            t -> new Scene("/verksamhetsbesok", PageFormErrorsTest::siteVisits),
            fields("unit", "", "visitedOn", "2025-06-02", "requesterPosition", "", "note", ""),
            "unit",
            "Välj den enhet du besökte."));
    walk.add(
        form(
            "the visit lies in the future, as the use case answers",
            "POST /verksamhetsbesok",
            "politiker",
            t -> new Scene("/verksamhetsbesok", PageFormErrorsTest::siteVisits),
            fields(
                "unit",
                "U-SKOLA-1",
                "visitedOn",
                "2999-01-01",
                "requesterPosition",
                "",
                "note",
                ""),
            "visitedOn",
            "Ange dagen för besöket"));
    walk.add(
        form(
            "the political office is not one of the visitor's, as the use case answers",
            "POST /verksamhetsbesok",
            "politiker",
            t -> new Scene("/verksamhetsbesok", PageFormErrorsTest::siteVisits),
            fields(
                "unit",
                "U-SKOLA-1",
                "visitedOn",
                LocalDate.now().minusDays(1).toString(),
                "requesterPosition",
                "POS-KSO",
                "note",
                ""),
            "requesterPosition",
            "Välj ett av dina politiska uppdrag."));
    walk.add(
        form(
            "the note is too long",
            "POST /verksamhetsbesok",
            "politiker",
            t -> new Scene("/verksamhetsbesok", PageFormErrorsTest::siteVisits),
            fields(
                "unit",
                "U-SKOLA-1",
                "visitedOn",
                "2025-06-02",
                "requesterPosition",
                "",
                "note",
                "n".repeat(SiteVisit.MAX_NOTE_LENGTH + 1)),
            "note",
            "Anteckningen får vara högst " + SiteVisit.MAX_NOTE_LENGTH + " tecken."));

    // Correcting an entry of the record
    walk.add(
        form(
            "the summary is missing",
            "POST /avvikelser/{seq}/rattelse",
            "kd",
            t -> new Scene("/avvikelser/" + t.entry() + "/rattelse", PageFormErrorsTest::head),
            fields("summary", " ", "reason", "Minnesanteckning"),
            "summary",
            "Skriv vad som rättas."));
    walk.add(
        form(
            "the reason is too long",
            "POST /avvikelser/{seq}/rattelse",
            "revisor",
            t -> new Scene("/avvikelser/" + t.entry() + "/rattelse", PageFormErrorsTest::head),
            fields(
                "summary",
                "Kontakten var förankrad",
                "reason",
                "r".repeat(PersonalData.MAX_DESCRIPTION_LENGTH + 1)),
            "reason",
            "Skriv högst " + PersonalData.MAX_DESCRIPTION_LENGTH + " tecken."));

    // The record's and the review's filters (GET forms)
    walk.add(
        filter(
            "the first day is not a date",
            "GET /avvikelser",
            "kd",
            "/avvikelser",
            fields("from", "2020-13-01"),
            "from",
            "Ange ett datum som ÅÅÅÅ-MM-DD."));
    walk.add(
        filter(
            "the severity is not one of the list",
            "GET /avvikelser",
            "kso",
            "/avvikelser",
            fields("severity", "CATASTROPHIC"),
            "severity",
            "Välj en allvarlighet i listan."));
    walk.add(
        filter(
            "the kind is not one of the list",
            "GET /avvikelser",
            "revisor",
            "/avvikelser",
            fields("kind", "GOSSIP"),
            "kind",
            "Välj en typ i listan."));
    walk.add(
        filter(
            "the first day is not a date",
            "GET /uppfoljning",
            "revisor",
            "/uppfoljning",
            fields("period", "custom", "from", "2020-13-01"),
            "from",
            "Ange ett datum som ÅÅÅÅ-MM-DD."));
    walk.add(
        filter(
            "the first day is not a date, on the public review",
            "GET /uppfoljning/offentlig",
            NO_ONE,
            "/uppfoljning/offentlig",
            fields("period", "custom", "from", "2021-02-30"),
            "from",
            "Ange ett datum som ÅÅÅÅ-MM-DD."));

    // Logging in (the demo login)
    walk.add(
        form(
            "the login is missing",
            "POST /logga-in",
            NO_ONE,
            t -> new Scene("/logga-in", () -> "the login stores nothing; no token cookie"),
            fields("login", " ", "next", "/"),
            "login",
            "Ingen person har det användarnamnet."));
    walk.add(
        form(
            "no one has that login",
            "POST /logga-in",
            NO_ONE,
            t -> new Scene("/logga-in", () -> "the login stores nothing; no token cookie"),
            fields("login", "ingen-sadan-person", "next", "/riktlinje"),
            "login",
            "Ingen person har det användarnamnet."));

    // The municipality's retention decision ("Gallring"), recorded by an administrator
    walk.add(
        form(
            "a period without its number",
            "POST /gallring",
            ADMINISTRATOR,
            t -> new Scene("/gallring", PageFormErrorsTest::retentionInForce),
            retention("", "2", "2025-03-12", "Dokumenthanteringsplan, KS 2025/112"),
            "closedRequests",
            "Ange en tid på minst en dag"));
    walk.add(
        form(
            "whistleblowing reports kept over two years, as the use case answers",
            "POST /gallring",
            ADMINISTRATOR,
            t -> new Scene("/gallring", PageFormErrorsTest::retentionInForce),
            retention("2", "3", "2025-03-12", "Dokumenthanteringsplan, KS 2025/112"),
            "whistleblowingReports",
            "Högst 2 år"));
    walk.add(
        form(
            "the decision is not named",
            "POST /gallring",
            ADMINISTRATOR,
            t -> new Scene("/gallring", PageFormErrorsTest::retentionInForce),
            retention("2", "2", "2025-03-12", " "),
            "reference",
            "Ange beslutet"));
    walk.add(
        form(
            "the decision's day lies ahead, as the use case answers",
            "POST /gallring",
            ADMINISTRATOR,
            t -> new Scene("/gallring", PageFormErrorsTest::retentionInForce),
            retention("2", "2", "2999-01-01", "Dokumenthanteringsplan, KS 2025/112"),
            "decidedOn",
            "Ange dagen beslutet fattades"));

    // The administration's uploads: no file, or a file of a kind the upload does not take
    walk.add(
        upload(
            "no file was chosen",
            "/administration/organisation",
            PageFormErrorsTest::organisation,
            fields(),
            "organisation-file",
            "no file was chosen"));
    walk.add(
        upload(
            "the file is neither JSON nor CSV",
            "/administration/organisation",
            PageFormErrorsTest::organisation,
            fields("file", "organisation.pdf"),
            "organisation-file",
            "choose a JSON (.json) or CSV (.csv) file"));
    walk.add(
        new Submission(
            "the preview confirmed has expired or was already used",
            "POST /administration/organisation/genomfor",
            ADMINISTRATOR,
            Sent.FORM,
            Shown.IN_PROBLEM_TABLE,
            t ->
                new Scene(
                    "/administration/organisation/genomfor", PageFormErrorsTest::organisation),
            fields("token", "no-such-preview", "revision", "1"),
            "organisation-file",
            "the preview has expired or was already used; upload the file again"));
    walk.add(
        upload(
            "no file was chosen",
            "/administration/riktlinje",
            PageFormErrorsTest::policies,
            fields(),
            "policy-file",
            "no file was chosen"));
    walk.add(
        upload(
            "the policy is not a JSON file",
            "/administration/riktlinje",
            PageFormErrorsTest::policies,
            fields("file", "riktlinje.csv"),
            "policy-file",
            "a policy is a JSON (.json) file"));

    // "Kommuner": the administrator of the deployment adds a municipality
    walk.add(
        form(
            "the municipality code is not four digits",
            "POST /kommuner",
            ADMINISTRATOR,
            t -> new Scene("/kommuner", PageFormErrorsTest::municipalities),
            fields("id", "123", "name", "Testkommun", "policyKey", "alingsas"),
            "id",
            "Ange kommunkoden med fyra siffror, till exempel 1489."));
    walk.add(
        form(
            "the municipality's name is missing",
            "POST /kommuner",
            ADMINISTRATOR,
            t -> new Scene("/kommuner", PageFormErrorsTest::municipalities),
            fields("id", "9977", "name", "  ", "policyKey", "alingsas"),
            "name",
            "Ange kommunens namn, högst 200 tecken."));
    walk.add(
        form(
            "a guideline that is not shipped",
            "POST /kommuner",
            ADMINISTRATOR,
            t -> new Scene("/kommuner", PageFormErrorsTest::municipalities),
            fields("id", "9977", "name", "Testkommun", "policyKey", "ingen-sadan"),
            "policyKey",
            "Välj en av riktlinjerna i listan."));
    return walk;
  }

  private static Submission form(
      String name,
      String endpoint,
      String login,
      Function<PageFormErrorsTest, Scene> scene,
      Map<String, String> fields,
      String field,
      String error) {
    return new Submission(
        name, endpoint, login, Sent.FORM, Shown.AT_FIELD, scene, fields, field, error);
  }

  /**
   * An upload of the administration page, as its administrator sends it; a {@code file} field is
   * sent as a file of that name (its content is not what the page reads first: the name is).
   */
  private static Submission upload(
      String name,
      String address,
      Supplier<Object> stored,
      Map<String, String> fields,
      String field,
      String problem) {
    return new Submission(
        name,
        "POST " + address,
        ADMINISTRATOR,
        Sent.MULTIPART,
        Shown.IN_PROBLEM_TABLE,
        t -> new Scene(address, stored),
        fields,
        field,
        problem);
  }

  private static Submission filter(
      String name,
      String endpoint,
      String login,
      String address,
      Map<String, String> fields,
      String field,
      String error) {
    return new Submission(
        name,
        endpoint,
        login,
        Sent.QUERY,
        Shown.AT_FIELD,
        t -> Scene.filter(address),
        fields,
        field,
        error);
  }

  /** A staff member's report of a contact with the head of education, as typed. */
  private static Map<String, String> report(String kind, String description) {
    return report(kind, description, "2025-06-02");
  }

  private static Map<String, String> report(String kind, String description, String date) {
    return fields(
        "requester",
        "pos:POS-USK-1",
        "target",
        "pos:POS-FC-BUF",
        "date",
        date,
        "time",
        "10:00",
        "kind",
        kind,
        "description",
        description);
  }

  /** A retention decision as typed: years for requests and reports, 6 months, 3 years. */
  private static Map<String, String> retention(
      String closedYears, String reportYears, String decidedOn, String reference) {
    return fields(
        "closedRequests",
        closedYears,
        "closedRequestsUnit",
        "Y",
        "whistleblowingReports",
        reportYears,
        "whistleblowingReportsUnit",
        "Y",
        "notifications",
        "6",
        "notificationsUnit",
        "M",
        "deviationPersonalData",
        "3",
        "deviationPersonalDataUnit",
        "Y",
        "reference",
        reference,
        "decidedOn",
        decidedOn,
        "version",
        "0");
  }

  private static Map<String, String> fields(String... namesAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("submissions")
  void an_invalid_submission_is_422_with_the_form_shown_again_its_field_marked_and_nothing_stored(
      Submission submission) {
    Scene scene = submission.scene().apply(this);
    assertThat(scene.address())
        .as("the address of %s", submission)
        .matches(addressPattern(submission.endpoint()));
    Object before = scene.stored().get();

    Response response = send(submission, scene.address());
    String html = response.asString();

    assertThat(response.statusCode())
        .as("the status of %s; the page said:%n%s", submission, html)
        .isEqualTo(FormErrors.STATUS);
    assertThat(response.contentType()).as("%s", submission).startsWith("text/html");
    assertThat(html).as("%s: an alert announces the error", submission).contains("role=\"alert\"");
    String form =
        theFormShownAgain(
            submission, SHOWN_AGAIN_AT.getOrDefault(submission.endpoint(), scene.address()), html);
    switch (submission.shown()) {
      case AT_FIELD -> assertMarkedAtTheField(submission, form);
      case IN_PROBLEM_TABLE -> assertNamedInTheProblemTable(submission, form, html);
    }

    assertThat(response.headers().getValues("Set-Cookie"))
        .as("%s: no login cookie is issued", submission)
        .noneSatisfy(c -> assertThat(c).startsWith("samspel_token=ey"));
    assertThat(scene.stored().get()).as("%s: nothing is stored", submission).isEqualTo(before);
  }

  private static Response send(Submission submission, String address) {
    RequestSpecification browser = browser(submission.login());
    return switch (submission.sent()) {
      case QUERY -> browser.queryParams(submission.fields()).get(address);
      case FORM -> {
        Map<String, String> posted = new LinkedHashMap<>(submission.fields());
        posted.put("_csrf", CSRF);
        yield browser.contentType(ContentType.URLENC).formParams(posted).post(address);
      }
      case MULTIPART -> {
        RequestSpecification multipart = browser.multiPart("_csrf", CSRF);
        for (Map.Entry<String, String> field : submission.fields().entrySet()) {
          multipart =
              field.getKey().equals("file")
                  ? multipart.multiPart(
                      "file",
                      field.getValue(),
                      "kind,of,file\n".getBytes(StandardCharsets.UTF_8),
                      "application/octet-stream")
                  : multipart.multiPart(field.getKey(), field.getValue());
        }
        yield multipart.post(address);
      }
    };
  }

  /** A browser of the person (or of no one): their token cookie and the CSRF cookie. */
  private static RequestSpecification browser(String login) {
    RequestSpecification browser =
        given().redirects().follow(false).cookie("samspel_csrf", CSRF).accept(ContentType.HTML);
    if (login == null) {
      return browser;
    }
    return browser.cookie(
        "samspel_token",
        ADMINISTRATOR.equals(login) ? Tokens.administrator(login) : Tokens.forLogin(login));
  }

  /**
   * The form that was sent, shown again: of the page's forms whose {@code action} is the address
   * sent to, the one holding the field.
   */
  private static String theFormShownAgain(Submission submission, String address, String html) {
    Matcher forms =
        Pattern.compile(
                "<form\\b[^>]*\\baction=\"" + Pattern.quote(address) + "\"[^>]*>.*?</form>",
                Pattern.DOTALL)
            .matcher(html);
    List<String> found = new ArrayList<>();
    while (forms.find()) {
      found.add(forms.group());
    }
    assertThat(found)
        .as(
            "%s: the page shows the form to %s again; the page said:%n%s",
            submission, address, html)
        .isNotEmpty();
    return found.stream()
        .filter(f -> fieldTag(f, submission.field()).isPresent())
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    submission
                        + ": no form to "
                        + address
                        + " holds the field #"
                        + submission.field()
                        + "; the page said:\n"
                        + html));
  }

  private static Optional<String> fieldTag(String html, String id) {
    Matcher tag =
        Pattern.compile(
                "<(?:input|select|textarea)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
            .matcher(html);
    return tag.find() ? Optional.of(tag.group()) : Optional.empty();
  }

  private static void assertMarkedAtTheField(Submission submission, String form) {
    assertThat(fieldTag(form, submission.field()).orElseThrow())
        .as("%s: the field #%s is marked", submission, submission.field())
        .contains("aria-invalid=\"true\"");
    Matcher error =
        Pattern.compile(
                "<p class=\"error\" id=\""
                    + Pattern.quote(submission.field())
                    + "-error\"[^>]*>(.*?)</p>",
                Pattern.DOTALL)
            .matcher(form);
    assertThat(error.find())
        .as(
            "%s: an error text stands at the field #%s; the form:%n%s",
            submission, submission.field(), form)
        .isTrue();
    assertThat(error.group(1)).as("%s: the field's error", submission).contains(submission.error());
  }

  /**
   * The administration's uploads answer a missing or unusable file in the alert above their form,
   * with a table of problems naming the field (in English, as the API's problems); the file input
   * is shown again marked invalid and described by those problems.
   */
  private static void assertNamedInTheProblemTable(
      Submission submission, String form, String html) {
    Matcher alert =
        Pattern.compile(
                "<div class=\"notice notice--error\" role=\"alert\">(.*?)</div>\\s*"
                    + "<div class=\"table-wrap\">(.*?)</div>",
                Pattern.DOTALL)
            .matcher(html);
    assertThat(alert.find())
        .as("%s: the problems are listed; the page:%n%s", submission, html)
        .isTrue();
    String file = submission.fields().get("file");
    assertThat(alert.group(1))
        .as("%s: the alert", submission)
        .contains(file == null ? "Ingen fil valdes." : "Filen " + file + " godtogs inte.")
        .contains("Ingenting har ändrats.");
    assertThat(alert.group(2))
        .as("%s: the problem table names the field and the problem", submission)
        .contains("<code>file</code>", submission.error());
    // Above the form they belong to, after any form before it (the other upload, the header's).
    Matcher fileInput = Pattern.compile("<input type=\"file\"[^>]*>").matcher(form);
    assertThat(fileInput.find()).as("%s: the form has its file input", submission).isTrue();
    assertThat(fileInput.group())
        .as("%s: the file input is marked and described by the problems", submission)
        .contains("aria-invalid=\"true\"")
        .containsPattern("aria-describedby=\"[^\"]*-result\"");
    int formAt = html.indexOf(form);
    assertThat(alert.start())
        .as("%s: the problems stand right above the form they belong to", submission)
        .isLessThan(formAt)
        .isGreaterThan(html.lastIndexOf("</form>", formAt));
  }

  /** An endpoint's address as a pattern: {@code /arenden/{id}/klar} matches any id. */
  private static String addressPattern(String endpoint) {
    String path = endpoint.substring(endpoint.indexOf(' ') + 1);
    return Arrays.stream(path.split("(?=\\{)|(?<=\\})"))
        .map(part -> part.startsWith("{") ? "[^/]+" : Pattern.quote(part))
        .collect(Collectors.joining());
  }

  // ---- every page POST is walked ---------------------------------------------------------------

  /** A page method, as {@code "POST /att-besluta/{id}/godkann"}, with the fields it reads. */
  record Endpoint(String name, Set<String> fields) {}

  @Test
  void every_form_a_page_posts_is_walked_or_has_no_field_a_person_could_get_wrong() {
    Map<String, Endpoint> pages = pageEndpoints();
    Set<String> posts =
        pages.keySet().stream()
            .filter(name -> name.startsWith("POST "))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(posts).as("the pages' POSTs found by reflection").hasSizeGreaterThan(10);

    Set<String> walked =
        walk().stream().map(Submission::endpoint).collect(Collectors.toCollection(TreeSet::new));
    Set<String> withoutFields =
        posts.stream()
            .filter(
                name ->
                    pages.get(name).fields().stream()
                        .allMatch(f -> f.equals("_csrf") || f.equals("version")))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(withoutFields)
        .as("the POSTs without a field of their own are the ones known to have none")
        .isEqualTo(new TreeSet<>(WITHOUT_FIELDS));
    Set<String> notWalked = new TreeSet<>(posts);
    notWalked.removeAll(walked);
    notWalked.removeAll(WITHOUT_FIELDS);
    assertThat(notWalked)
        .as(
            "page POSTs with fields that this test does not send an invalid submission to: add"
                + " them to walk() so that their form errors are proven to answer %d",
            FormErrors.STATUS)
        .isEmpty();
    assertThat(pages.keySet())
        .as("every walked endpoint is a page method (none renamed or removed)")
        .containsAll(walked);

    // Every field a submission sends is one its page method reads: a typo cannot make a case
    // pass by sending nothing the page looks at.
    for (Submission submission : walk()) {
      assertThat(pages.get(submission.endpoint()).fields())
          .as("the fields %s reads", submission.endpoint())
          .containsAll(submission.fields().keySet());
    }
  }

  /**
   * The GET and POST methods of the classes in {@code se.samspel.web..} annotated {@code @Path},
   * with the names of their {@code @RestForm} and {@code @QueryParam} parameters, read from the
   * compiled classes (ArchUnit, as {@code ArchitectureTest}).
   */
  static Map<String, Endpoint> pageEndpoints() {
    Map<String, Endpoint> endpoints = new TreeMap<>();
    for (JavaClass page :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.samspel.web")) {
      Optional<String> base = path(page.tryGetAnnotationOfType("jakarta.ws.rs.Path"));
      if (base.isEmpty()) {
        continue;
      }
      for (JavaMethod method : page.getMethods()) {
        String verb =
            method.isAnnotatedWith("jakarta.ws.rs.POST")
                ? "POST"
                : method.isAnnotatedWith("jakarta.ws.rs.GET") ? "GET" : null;
        if (verb == null) {
          continue;
        }
        String sub = path(method.tryGetAnnotationOfType("jakarta.ws.rs.Path")).orElse("");
        String address = ("/" + base.get() + "/" + sub).replaceAll("/+", "/");
        if (address.length() > 1 && address.endsWith("/")) {
          address = address.substring(0, address.length() - 1);
        }
        Set<String> fields = new TreeSet<>();
        for (JavaParameter parameter : method.getParameters()) {
          for (String type :
              List.of(
                  "org.jboss.resteasy.reactive.RestForm",
                  "jakarta.ws.rs.FormParam",
                  "jakarta.ws.rs.QueryParam",
                  "org.jboss.resteasy.reactive.RestQuery")) {
            parameter
                .tryGetAnnotationOfType(type)
                .flatMap(a -> a.get("value"))
                .map(Object::toString)
                .ifPresent(fields::add);
          }
        }
        String name = verb + " " + address;
        endpoints.put(name, new Endpoint(name, fields));
      }
    }
    return endpoints;
  }

  private static Optional<String> path(Optional<? extends JavaAnnotation<?>> annotation) {
    return annotation.flatMap(a -> a.get("value")).map(Object::toString);
  }

  // ---- what the forms act on, and what must not change ---------------------------------------

  /** Requests the walk made, with their requester: withdrawn afterwards, as they are still open. */
  private final Map<String, String> made = new LinkedHashMap<>();

  @AfterEach
  void withdrawWhatIsStillOpen() {
    made.forEach(
        (id, requester) ->
            Api.as(requester)
                .contentType(ContentType.JSON)
                .body("{\"note\":\"test done\"}")
                .post("/api/requests/" + id + "/withdraw"));
  }

  private Scene onRequest(String id, String address) {
    String requester = made.get(id);
    return new Scene(String.format(address, id), () -> stateOf(requester, id));
  }

  private String submit(String requester, String json) {
    String id =
        Api.as(requester)
            .contentType(ContentType.JSON)
            .body(json)
            .post("/api/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    made.put(id, requester);
    return id;
  }

  /** A politician's dialogue with a teacher, waiting on the head of education's decision. */
  private String awaitingDecision() {
    return submit(
        "politiker",
        "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\"Formtest "
            + UUID.randomUUID()
            + "\"}");
  }

  /** The same, approved: the principal is to arrange it. */
  private String approved() {
    String id = awaitingDecision();
    Api.as("fc-buf")
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(200)
        .body("waiting.action", org.hamcrest.Matchers.equalTo("ARRANGE"));
    return id;
  }

  /** A teacher's problem, waiting on the principal to handle it. */
  private String staffProblem() {
    return submit(
        "larare",
        "{\"kind\":\"STAFF_PROBLEM\",\"subject\":\"Formtest " + UUID.randomUUID() + "\"}");
  }

  /** An assistant nurse's acute matter, waiting on the unit manager (KUN-ACUTE). */
  private String acuteMatter() {
    return submit(
        "medarbetare",
        "{\"kind\":\"ACUTE_MATTER\",\"subject\":\"Formtest " + UUID.randomUUID() + "\"}");
  }

  /** A reported contact in the record, which KD and auditors may correct. */
  private long entry() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                recorder.record(
                    new NewDeviation(
                        DeviationKind.REPORTED_CONTACT,
                        Instant.parse("2025-06-04T08:00:00Z"),
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
  }

  /** The request as its requester reads it through the API: status, route, history, version. */
  private static Object stateOf(String requester, String id) {
    return Api.as(requester).get("/api/requests/" + id).then().statusCode(200).extract().asString();
  }

  /** How many requests the politician has sent. */
  private Object mine() {
    return Api.as("politiker")
        .get("/api/requests/mine")
        .then()
        .statusCode(200)
        .extract()
        .path("total");
  }

  /** The record's newest entry, from its own verification. */
  /** How many site visits are registered, as KD reads them. */
  private static Object siteVisits() {
    return Api.as("kd")
        .get("/api/site-visits?size=1")
        .then()
        .statusCode(200)
        .extract()
        .path("total");
  }

  private static Object head() {
    return Api.as("kd")
        .get("/api/deviations/verify")
        .then()
        .statusCode(200)
        .extract()
        .path("headSeq");
  }

  /** The retention decision in force and the last run, as a member reads them. */
  private static Object retentionInForce() {
    return Api.as("kd").get("/api/retention").then().statusCode(200).extract().asString();
  }

  /** The organisation's tree as the API gives it. */
  private static Object organisation() {
    return Api.as("kd").get("/api/units/tree").then().statusCode(200).extract().asString();
  }

  /** The municipalities of the deployment. */
  private static Object municipalities() {
    return Api.as("kd").get("/api/municipalities").then().statusCode(200).extract().asString();
  }

  /** Every stored version of every policy. */
  private static Object policies() {
    return Api.as("kd").get("/api/policies").then().statusCode(200).extract().asString();
  }
}

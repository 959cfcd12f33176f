package se.samspel.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.as;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samspel.notification.application.NotificationDispatcher;
import se.samspel.organisation.application.OrganisationDirectory;

/**
 * The link in a notification mail opens the request's page at its municipality's address (here the
 * first, {@code /9901/arenden/{id}}), the one address for everyone who may read the request: an
 * approver who is signed in lands on it; one who is not is sent through the sign-in and back to it;
 * anyone else finds nothing there.
 */
@QuarkusTest
class MailLinkOpensRequestPageTest {

  private static final String CSRF = "c".repeat(43);
  private static final Pattern LINK = Pattern.compile("Öppna ärendet: (\\S+)");

  @Inject NotificationDispatcher dispatcher;
  @Inject OrganisationDirectory directory;
  @Inject MockMailbox mailbox;

  /** A politician asks for a dialogue with a teacher: it waits on the education department head. */
  private static String dialogueWithTeacher(String subject) {
    return as("politiker")
        .contentType(ContentType.JSON)
        .body(
            "{\"target\":{\"position\":\"POS-LARARE-1\"},\"kind\":\"DIALOGUE\",\"subject\":\""
                + subject
                + "\"}")
        .post("/api/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The link of the mail that told {@code login} about {@code request}, once it is sent. */
  private String linkMailedTo(String login, String request) {
    // Other tests of the same application may have left notifications pending: one run sends one
    // batch, so run until this request's mail is out (bounded).
    for (int i = 0; i < 20 && mailsAbout(login, request).isEmpty(); i++) {
      dispatcher.dispatchPending();
    }
    List<Mail> mails = mailsAbout(login, request);
    assertThat(mails).as("mails to %s about %s", login, request).isNotEmpty();
    Matcher link = LINK.matcher(mails.get(0).getText());
    assertThat(link.find()).as("a link in %s", mails.get(0).getText()).isTrue();
    return link.group(1);
  }

  private List<Mail> mailsAbout(String login, String request) {
    String email = directory.current().personByLogin(login).orElseThrow().email().orElseThrow();
    List<Mail> mails = mailbox.getMailsSentTo(email);
    return mails == null
        ? List.of()
        : mails.stream().filter(m -> m.getText().contains(request)).toList();
  }

  /** The path (and query) of an absolute or local address. */
  private static String pathOf(String address) {
    URI uri = URI.create(address);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private static Response signIn(String login, String next) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_csrf", CSRF)
        .contentType(ContentType.URLENC)
        .formParam("login", login)
        .formParam("next", next)
        .formParam("_csrf", CSRF)
        .post("/logga-in");
  }

  @Test
  void the_mail_links_to_the_requests_page_under_the_public_url_not_to_the_api() {
    String id = dialogueWithTeacher("Läsprojektet i årskurs 2");

    String link = linkMailedTo("fc-buf", id);

    // The public URL follows the port the service listens on (here the random test port).
    assertThat(link)
        .isEqualTo("http://localhost:" + io.restassured.RestAssured.port + "/9901/arenden/" + id);
  }

  @Test
  void an_approver_not_signed_in_follows_the_link_through_the_sign_in_and_lands_on_the_request() {
    String id = dialogueWithTeacher("Skolbibliotekets öppettider");
    String page = pathOf(linkMailedTo("fc-buf", id));

    // Not signed in: the page sends the reader to sign in, carrying where to return.
    Response first = given().redirects().follow(false).accept("text/html").get(page);
    assertThat(first.statusCode()).isEqualTo(303);
    String login = pathOf(first.header("Location"));
    assertThat(login).isEqualTo("/9901/logga-in?next=%2F9901%2Farenden%2F" + id);

    // The login page keeps the return address in its form …
    String form =
        given().urlEncodingEnabled(false).get(login).then().statusCode(200).extract().asString();
    assertThat(form).contains("name=\"next\" value=\"/9901/arenden/" + id + "\"");
    String next =
        URLDecoder.decode(login.substring(login.indexOf("next=") + 5), StandardCharsets.UTF_8);

    // … and signing in returns there, where the approver reads the request and may decide it.
    Response signedIn = signIn("fc-buf", next);
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(pathOf(signedIn.header("Location"))).isEqualTo("/9901/arenden/" + id);
    String request =
        given()
            .cookie("samspel_token", signedIn.cookie("samspel_token"))
            .get(pathOf(signedIn.header("Location")))
            .then()
            .statusCode(200)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(request)
        .contains("Skolbibliotekets öppettider")
        .contains("action=\"/9901/att-besluta/" + id + "/godkann\"");
  }

  @Test
  void the_requester_follows_the_link_of_a_decision_to_the_same_page() {
    String id = dialogueWithTeacher("Besök i läsverkstaden");
    as("fc-buf")
        .contentType(ContentType.JSON)
        .body("{\"responsibleManager\":\"POS-REKTOR-1\"}")
        .post("/api/requests/" + id + "/approve")
        .then()
        .statusCode(200);

    String page = pathOf(linkMailedTo("politiker", id));

    assertThat(page).isEqualTo("/9901/arenden/" + id);
    Response signedIn = signIn("politiker", page);
    assertThat(
            given()
                .cookie("samspel_token", signedIn.cookie("samspel_token"))
                .get(pathOf(signedIn.header("Location")))
                .then()
                .statusCode(200)
                .extract()
                .asString())
        .contains("Besök i läsverkstaden");
  }

  @Test
  void someone_not_on_the_request_who_follows_a_link_finds_nothing_there() {
    String id = dialogueWithTeacher("Elevhälsans arbete");
    String page = pathOf(linkMailedTo("fc-buf", id));

    Response signedIn = signIn("enhetschef", page);
    assertThat(pathOf(signedIn.header("Location"))).isEqualTo("/9901/arenden/" + id);
    String answer =
        given()
            .cookie("samspel_token", signedIn.cookie("samspel_token"))
            .get(page)
            .then()
            .statusCode(404)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(answer).doesNotContain("Elevhälsans arbete");
  }

  @Test
  void a_browser_opening_an_older_mails_api_link_is_sent_on_to_the_requests_page() {
    String id = dialogueWithTeacher("Lärarnas fortbildning");
    String browserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    Response browser =
        given().redirects().follow(false).accept(browserAccept).get("/api/requests/" + id);
    assertThat(browser.statusCode()).isEqualTo(303);
    assertThat(pathOf(browser.header("Location"))).isEqualTo("/arenden/" + id);
    // … which signs the reader in and decides who may read it, as for any link.
    Response page = given().redirects().follow(false).accept(browserAccept).get("/arenden/" + id);
    assertThat(pathOf(page.header("Location"))).isEqualTo("/logga-in?next=%2Farenden%2F" + id);
  }

  @Test
  void api_clients_keep_the_api_answers_at_the_same_address() {
    String id = dialogueWithTeacher("Skolskjutsarna");
    // With a bearer token: the request as JSON, whatever the client accepts.
    as("fc-buf")
        .accept("text/html,application/json")
        .get("/api/requests/" + id)
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON);
    // Without one and not asking for HTML: the API's 401 problem, not a page.
    given()
        .redirects()
        .follow(false)
        .accept(ContentType.JSON)
        .get("/api/requests/" + id)
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given().redirects().follow(false).get("/api/requests/" + id).then().statusCode(401);
    // Other API addresses under /api/requests are not request ids: left to the API.
    Response inbox =
        given().redirects().follow(false).accept("text/html").get("/api/requests/inbox");
    assertThat(inbox.statusCode()).isNotEqualTo(303);
    assertThat(inbox.header("Location")).isNull();
  }
}

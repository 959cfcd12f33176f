package se.samspel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.samspel.support.Api.as;
import static se.samspel.support.Api.asAdministrator;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.LoginMatch;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.importing.CsvOrganisationFormat;

/**
 * A database imported before issue 14 may hold two people whose logins differ only by case. The
 * application keeps working: the directory loads it with one warning (ids, no names), neither
 * person is found by that login, everyone else signs in, and an import that still contains them is
 * refused. The HTTP answer for those people (a problem saying the login is shared) belongs to the
 * role augmentor and is tested there.
 */
@QuarkusTest
class SharedLoginsInDatabaseTest {

  private static final String HEAD = "P-FC-BUF";
  private static final String MANAGER_BELOW = "P-VC-GR";
  private static final String MANAGER_LOGIN = "verksamhetschef";

  @Inject AgroalDataSource dataSource;
  @Inject OrganisationDirectory directory;

  @Test
  void people_sharing_a_login_are_refused_sign_in_while_the_rest_keeps_working() throws Exception {
    List<String> warnings = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger(OrganisationDirectory.class.getName());
    Handler capture = warningsInto(warnings);
    logger.addHandler(capture);
    try {
      setLogin(MANAGER_BELOW, "FC-BUF");
      directory.reload();

      assertThat(warnings).as("one warning per load").hasSize(1);
      assertThat(warnings.get(0))
          .contains("'fc-buf' (" + HEAD + ", " + MANAGER_BELOW + ")")
          .contains("cannot sign in until an import")
          .doesNotContain("Lars Ek")
          .doesNotContain("Magnus Forsberg");

      OrganisationGraph graph = directory.current();
      assertThat(graph.sharedLogins().keySet()).containsExactly("fc-buf");
      assertThat(graph.personByLogin("fc-buf")).isEmpty();
      assertThat(graph.personByLogin("FC-BUF")).isEmpty();
      assertThat(graph.lookupLogin("Fc-Buf"))
          .isInstanceOfSatisfying(
              LoginMatch.Ambiguous.class,
              a ->
                  assertThat(a.people())
                      .extracting(p -> p.id().value())
                      .containsExactly(HEAD, MANAGER_BELOW));

      // Neither can sign in as the other; everyone else still can.
      as("fc-buf")
          .get("/api/me")
          .then()
          .statusCode(403)
          .body("code", equalTo("login-shared"))
          .body("detail", org.hamcrest.Matchers.containsString("shared by several people"));
      as("FC-BUF").get("/api/me").then().statusCode(403).body("code", equalTo("login-shared"));
      // The pages say so in Swedish, not just "no permission".
      String page =
          io.restassured.RestAssured.given()
              .redirects()
              .follow(false)
              .cookie("samspel_token", se.samspel.support.Tokens.forLogin("fc-buf"))
              .accept("text/html")
              .get("/mina-arenden")
              .then()
              .statusCode(403)
              .extract()
              .asString();
      assertThat(page).contains("flera personer i organisationen har den inloggningen");
      as("kd").get("/api/me").then().statusCode(200).body("personId", equalTo("P-KD"));
      as("larare").get("/api/me").then().statusCode(200).body("personId", equalTo("P-LARARE"));

      // Exporting what is stored and importing it again is refused until the logins are fixed.
      String csv = CsvOrganisationFormat.toCsv(graph.organisation());
      List<Map<String, Object>> errors =
          asAdministrator()
              .contentType("text/csv")
              .body(csv)
              .post("/api/organisation/import")
              .then()
              .statusCode(422)
              .body("code", equalTo("import-invalid"))
              .extract()
              .path("errors");
      assertThat(errors).extracting(e -> e.get("field")).containsExactly("login", "login");
      assertThat(errors)
          .extracting(e -> (String) e.get("reason"))
          .allSatisfy(r -> assertThat(r).contains("differs only by case"))
          .anySatisfy(r -> assertThat(r).startsWith("login 'fc-buf'"))
          .anySatisfy(r -> assertThat(r).startsWith("login 'FC-BUF'"));
    } finally {
      logger.removeHandler(capture);
      setLogin(MANAGER_BELOW, MANAGER_LOGIN);
      directory.reload();
    }
    assertThat(directory.current().sharedLogins()).isEmpty();
    assertThat(directory.current().personByLogin("FC-BUF").map(Person::id).map(Object::toString))
        .contains(HEAD);
  }

  @Test
  void an_organisation_without_shared_logins_loads_without_a_warning() {
    List<String> warnings = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger(OrganisationDirectory.class.getName());
    Handler capture = warningsInto(warnings);
    logger.addHandler(capture);
    try {
      directory.reload();
    } finally {
      logger.removeHandler(capture);
    }
    assertThat(warnings).isEmpty();
  }

  /** Changes a login behind the application's back, as an import before issue 14 could have. */
  private void setLogin(String personId, String login) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement("update person set login = ? where external_id = ?")) {
      connection.setAutoCommit(true);
      update.setString(1, login);
      update.setString(2, personId);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static Handler warningsInto(List<String> warnings) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          warnings.add(
              record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}

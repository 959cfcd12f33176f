package se.samspel.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.DeviationRecorder;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.policy.domain.Severity;
import se.samspel.support.Api;
import se.samspel.support.MovableClock;
import se.samspel.support.Tokens;

/**
 * {@code samspel.calendar.zone} is honoured everywhere a day or a time of day is read or shown, not
 * only by the working calendar: with the municipality on New York time, 03:00 UTC on 2 March is
 * still 1 March (22:00) in the report form, in the record's day filter and on the record's page. In
 * Stockholm the same instant is 2 March 04:00, so each assertion fails if a place keeps a zone of
 * its own.
 */
@QuarkusTest
@TestProfile(ConfiguredTimeZoneTest.NewYork.class)
class ConfiguredTimeZoneTest {

  public static class NewYork implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(MunicipalTimeZone.PROPERTY, "America/New_York");
    }
  }

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** 2 March 03:00 UTC: 1 March 22:00 in New York, 2 March 04:00 in Stockholm. */
  private static final Instant LATE_EVENING_IN_NEW_YORK = Instant.parse("2026-03-02T03:00:00Z");

  private static final String CSRF = "z".repeat(43);

  @Inject Clock clock;
  @Inject ZoneId zone;
  @Inject MovableClock movableClock;
  @Inject DeviationRecorder recorder;

  @AfterEach
  void resetClock() {
    movableClock.reset();
  }

  @Test
  void the_clock_and_the_injected_zone_are_the_configured_zone() {
    assertThat(clock.getZone()).isEqualTo(NEW_YORK);
    assertThat(zone).isEqualTo(NEW_YORK);
  }

  @Test
  void the_report_form_offers_today_and_now_in_the_configured_zone() {
    movableClock.setTo(LATE_EVENING_IN_NEW_YORK.plusSeconds(30 * 60));

    String form =
        given()
            .cookie("samspel_token", Tokens.forLogin("medarbetare"))
            .cookie("samspel_csrf", CSRF)
            .get("/rapportera")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertThat(form).contains("name=\"date\" value=\"2026-03-01\"");
    assertThat(form).contains("name=\"time\" value=\"22:30\"");
  }

  @Test
  void the_record_filters_and_shows_days_and_times_in_the_configured_zone() {
    long seq = record(LATE_EVENING_IN_NEW_YORK);

    List<Integer> onFirstOfMarch =
        Api.as("kd")
            .queryParam("from", "2026-03-01")
            .queryParam("to", "2026-03-01")
            .queryParam("size", 100)
            .get("/api/deviations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.seq", Integer.class);
    List<Integer> onSecondOfMarch =
        Api.as("kd")
            .queryParam("from", "2026-03-02")
            .queryParam("to", "2026-03-02")
            .queryParam("size", 100)
            .get("/api/deviations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.seq", Integer.class);
    assertThat(onFirstOfMarch).contains((int) seq);
    assertThat(onSecondOfMarch).doesNotContain((int) seq);

    String entry =
        given()
            .cookie("samspel_token", Tokens.forLogin("kd"))
            .get("/avvikelser/" + seq)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(entry).contains("datetime=\"2026-03-01T22:00-05:00\"");
  }

  private long record(Instant occurredAt) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                recorder.record(
                    new NewDeviation(
                        DeviationKind.REPORTED_CONTACT,
                        occurredAt,
                        "kungsor",
                        1,
                        "K-ZONE-TEST",
                        "Kontakt med medarbetare",
                        "Förtroendevalda",
                        "Politiker vänder sig till förvaltningschefen.",
                        Severity.LOW,
                        "POS-FC-BUF (APPROVE)",
                        "ELECTED_MEMBER",
                        "STAFF_MEMBER",
                        Optional.of("U-BUF"),
                        Optional.empty(),
                        Optional.empty(),
                        "A direct contact, recorded to check the time zone",
                        new PersonalData(
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()))));
  }
}

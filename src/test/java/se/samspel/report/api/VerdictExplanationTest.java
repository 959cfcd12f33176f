package se.samspel.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samspel.report.domain.NoDeviationReason;

/**
 * The API explains each reason a contact is no deviation in the sentence it has always used; the
 * domain gives only the reason.
 */
class VerdictExplanationTest {

  @Test
  void each_reason_reads_as_the_api_has_always_said_it() {
    assertThat(ContactReportResource.explanation(new NoDeviationReason.FreeByGuideline()))
        .isEqualTo("The guideline leaves this contact free.");
    assertThat(ContactReportResource.explanation(new NoDeviationReason.DirectIsTheRoute()))
        .isEqualTo("The contact went where the guideline's route begins.");
    assertThat(
            ContactReportResource.explanation(
                new NoDeviationReason.RouteUnresolvable("no position answers to X")))
        .isEqualTo(
            "The rule's route cannot be followed in this organisation (no position answers to"
                + " X), so the contact cannot be judged to depart from it.");
    assertThat(ContactReportResource.explanation(new NoDeviationReason.NoRule()))
        .isEqualTo("The guideline has no rule for this contact, so it is no deviation.");
  }
}

package se.samspel.request.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.Rule;
import se.samspel.support.Fixtures;

/** Whistleblowing as one domain concept: what it is, and who learns what of a report. */
class WhistleblowingTest {

  private static final PersonId REPORTER = new PersonId("P-LARARE");
  private static final RequestReader THE_REPORTER = new RequestReader(REPORTER, false);
  private static final RequestReader THE_FUNCTION =
      new RequestReader(new PersonId("P-VISSEL"), true);
  private static final RequestReader KD = new RequestReader(new PersonId("P-KD"), false);

  @Test
  void only_a_report_of_suspected_wrongdoing_is_whistleblowing() {
    assertThat(
            Arrays.stream(ContactKind.values())
                .filter(Whistleblowing::concerns)
                .collect(Collectors.toSet()))
        .containsExactly(ContactKind.SUSPECTED_WRONGDOING);
  }

  @Test
  void the_reporter_and_the_function_see_everything_of_a_report() {
    assertThat(
            Whistleblowing.disclosure(
                ContactKind.SUSPECTED_WRONGDOING, Optional.of(REPORTER), THE_REPORTER))
        .isEqualTo(Disclosure.FULL);
    assertThat(
            Whistleblowing.disclosure(
                ContactKind.SUSPECTED_WRONGDOING, Optional.of(REPORTER), THE_FUNCTION))
        .isEqualTo(Disclosure.FULL);
  }

  @Test
  void anyone_else_on_its_route_learns_neither_what_it_is_about_nor_who_sent_it() {
    Disclosure atKd =
        Whistleblowing.disclosure(ContactKind.SUSPECTED_WRONGDOING, Optional.of(REPORTER), KD);
    assertThat(atKd.content()).isFalse();
    assertThat(atKd.requester()).isFalse();
  }

  @Test
  void a_data_subject_gets_their_own_report_and_of_anyone_elses_nothing() {
    assertThat(
            Whistleblowing.toTheDataSubject(ContactKind.SUSPECTED_WRONGDOING, REPORTER, REPORTER))
        .isEqualTo(Disclosure.FULL);
    // Not even the function's holder: handling reports is their office, not their personal data.
    assertThat(
            Whistleblowing.toTheDataSubject(
                ContactKind.SUSPECTED_WRONGDOING, REPORTER, THE_FUNCTION.person()))
        .isEqualTo(Disclosure.WITHHELD);
    assertThat(
            Whistleblowing.toTheDataSubject(
                ContactKind.SUSPECTED_WRONGDOING, REPORTER, KD.person()))
        .isEqualTo(Disclosure.WITHHELD);
    assertThat(Whistleblowing.toTheDataSubject(ContactKind.DIALOGUE, REPORTER, KD.person()))
        .isEqualTo(Disclosure.FULL);
  }

  @Test
  void a_list_that_names_no_requester_never_takes_its_reader_for_the_reporter() {
    assertThat(THE_REPORTER.ofUnnamed(ContactKind.SUSPECTED_WRONGDOING))
        .isEqualTo(Disclosure.WITHHELD);
    assertThat(THE_FUNCTION.ofUnnamed(ContactKind.SUSPECTED_WRONGDOING)).isEqualTo(Disclosure.FULL);
  }

  @Test
  void any_other_request_is_shown_whole_to_whoever_may_read_it() {
    for (ContactKind kind : ContactKind.values()) {
      if (kind != ContactKind.SUSPECTED_WRONGDOING) {
        assertThat(Whistleblowing.disclosure(kind, Optional.of(REPORTER), KD))
            .as(kind.name())
            .isEqualTo(Disclosure.FULL);
      }
    }
  }

  @Test
  void the_feed_carries_nothing_of_a_report_and_everything_of_other_requests() {
    assertThat(Whistleblowing.toTheFeed(ContactKind.SUSPECTED_WRONGDOING))
        .isEqualTo(Disclosure.WITHHELD);
    assertThat(Whistleblowing.toTheFeed(ContactKind.DIALOGUE)).isEqualTo(Disclosure.FULL);
  }

  @Test
  void a_report_reaches_managers_only_from_the_function() {
    assertThat(Whistleblowing.reachesOversightFrom(ContactKind.SUSPECTED_WRONGDOING, true))
        .isTrue();
    assertThat(Whistleblowing.reachesOversightFrom(ContactKind.SUSPECTED_WRONGDOING, false))
        .isFalse();
    assertThat(Whistleblowing.reachesOversightFrom(ContactKind.DIALOGUE, false)).isTrue();
  }

  @Test
  void only_the_whistleblower_function_position_is_the_function() {
    assertThat(
            Arrays.stream(PositionKind.values())
                .filter(Whistleblowing::isFunction)
                .collect(Collectors.toSet()))
        .containsExactly(PositionKind.WHISTLEBLOWER_FUNCTION);
  }

  @Test
  void of_the_shipped_guidelines_only_kungsors_rule_for_the_function_concerns_whistleblowing() {
    Set<String> kungsor =
        Fixtures.kungsor().rules().stream()
            .filter(Whistleblowing::concerns)
            .map(Rule::id)
            .collect(Collectors.toSet());
    assertThat(kungsor).containsExactly("KUN-WHISTLEBLOWING");
    assertThat(Fixtures.kungsor().rules().stream().filter(r -> !Whistleblowing.concerns(r)))
        .isNotEmpty();
  }
}

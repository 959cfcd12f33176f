package se.samspel.substitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.domain.PersonId;
import se.samspel.substitution.domain.SubstituteChain;
import se.samspel.substitution.domain.Substitution;
import se.samspel.substitution.domain.SubstitutionRoster;
import se.samspel.substitution.domain.SubstitutionStatus;

/** The pure resolver: who acts for whom on a day, through chains, bounded and cycle-safe. */
class SubstitutionRosterTest {

  static final PersonId A = new PersonId("A");
  static final PersonId B = new PersonId("B");
  static final PersonId C = new PersonId("C");
  static final PersonId D = new PersonId("D");
  static final PersonId E = new PersonId("E");
  static final PersonId F = new PersonId("F");
  static final PersonId G = new PersonId("G");
  static final PersonId X = new PersonId("X");

  static final LocalDate MAY_1 = LocalDate.of(2027, 5, 1);
  static final LocalDate MAY_10 = LocalDate.of(2027, 5, 10);
  static final Instant NAMED = Instant.parse("2027-04-20T08:00:00Z");

  static Substitution away(PersonId absent, PersonId substitute, LocalDate from, LocalDate to) {
    return Substitution.named(absent, substitute, from, to, Optional.empty(), absent, NAMED);
  }

  static Substitution away(PersonId absent, PersonId substitute) {
    return away(absent, substitute, MAY_1, MAY_10);
  }

  static SubstitutionRoster roster(Substitution... substitutions) {
    return SubstitutionRoster.of(List.of(substitutions));
  }

  @Test
  void a_person_who_is_not_away_acts_for_themselves() {
    SubstituteChain chain = roster(away(B, C)).resolve(A, MAY_1);

    assertThat(chain.acting()).contains(A);
    assertThat(chain.via()).isEmpty();
    assertThat(chain.applied()).isEmpty();
    assertThat(chain.substituted()).isFalse();
    assertThat(chain.cycle()).isFalse();
    assertThat(chain.truncated()).isFalse();
  }

  @Test
  void work_for_an_absent_person_reaches_their_substitute_and_the_chain_keeps_both() {
    Substitution aToB = away(A, B);

    SubstituteChain chain = roster(aToB).resolve(A, LocalDate.of(2027, 5, 5));

    assertThat(chain.original()).isEqualTo(A);
    assertThat(chain.acting()).contains(B);
    assertThat(chain.via()).isEmpty();
    assertThat(chain.applied()).containsExactly(aToB.id());
    assertThat(chain.substituted()).isTrue();
  }

  @Test
  void a_chain_is_followed_when_the_substitute_is_away_too() {
    Substitution aToB = away(A, B);
    Substitution bToC = away(B, C, LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 6));
    SubstitutionRoster roster = roster(aToB, bToC);

    SubstituteChain chain = roster.resolve(A, LocalDate.of(2027, 5, 4));

    assertThat(chain.acting()).contains(C);
    assertThat(chain.via()).containsExactly(B);
    assertThat(chain.applied()).containsExactly(aToB.id(), bToC.id());
    // On a day B is back, A's work stops at B.
    assertThat(roster.resolve(A, LocalDate.of(2027, 5, 8)).acting()).contains(B);
  }

  @Test
  void a_cycle_stops_and_reports_that_no_one_is_present() {
    SubstitutionRoster roster = roster(away(A, B), away(B, A));

    SubstituteChain chain = roster.resolve(A, MAY_1);

    assertThat(chain.cycle()).isTrue();
    assertThat(chain.truncated()).isFalse();
    assertThat(chain.acting()).isEmpty();
    assertThat(chain.noOneActs()).isTrue();
    assertThat(chain.via()).containsExactly(B);
    assertThat(chain.applied()).hasSize(2);
  }

  @Test
  void a_cycle_further_down_the_chain_is_caught_too() {
    SubstituteChain chain = roster(away(A, B), away(B, C), away(C, B)).resolve(A, MAY_1);

    assertThat(chain.cycle()).isTrue();
    assertThat(chain.acting()).isEmpty();
    assertThat(chain.via()).containsExactly(B, C);
  }

  @Test
  void a_chain_of_exactly_the_bound_resolves() {
    // A→B→C→D→E→F: five steps, F is present.
    SubstituteChain chain =
        roster(away(A, B), away(B, C), away(C, D), away(D, E), away(E, F)).resolve(A, MAY_1);

    assertThat(chain.acting()).contains(F);
    assertThat(chain.via()).containsExactly(B, C, D, E);
    assertThat(chain.truncated()).isFalse();
  }

  @Test
  void a_chain_longer_than_the_bound_is_truncated_and_no_one_acts() {
    // A→B→C→D→E→F→G: F is away too, a sixth step would be needed.
    SubstituteChain chain =
        roster(away(A, B), away(B, C), away(C, D), away(D, E), away(E, F), away(F, G))
            .resolve(A, MAY_1);

    assertThat(chain.truncated()).isTrue();
    assertThat(chain.cycle()).isFalse();
    assertThat(chain.acting()).isEmpty();
    assertThat(chain.via()).containsExactly(B, C, D, E, F);
    assertThat(chain.applied()).hasSize(5);
  }

  @Test
  void the_bound_can_be_configured() {
    SubstitutionRoster roster = SubstitutionRoster.of(List.of(away(A, B), away(B, C)), 1);

    assertThat(roster.resolve(A, MAY_1).truncated()).isTrue();
    assertThat(roster.resolve(B, MAY_1).acting()).contains(C);
  }

  @Nested
  class The_period {

    @Test
    void covers_its_first_and_last_day_and_nothing_outside() {
      SubstitutionRoster roster = roster(away(A, B));

      assertThat(roster.resolve(A, MAY_1.minusDays(1)).acting()).contains(A);
      assertThat(roster.resolve(A, MAY_1).acting()).contains(B);
      assertThat(roster.resolve(A, MAY_10).acting()).contains(B);
      assertThat(roster.resolve(A, MAY_10.plusDays(1)).acting()).contains(A);
    }

    @Test
    void of_a_single_day_covers_that_day() {
      SubstitutionRoster roster = roster(away(A, B, MAY_1, MAY_1));

      assertThat(roster.resolve(A, MAY_1).acting()).contains(B);
      assertThat(roster.resolve(A, MAY_1.plusDays(1)).acting()).contains(A);
    }

    @Test
    void ended_early_applies_until_the_day_before_the_end() {
      LocalDate back = LocalDate.of(2027, 5, 4);
      Substitution ended = away(A, B).endFrom(back, A, NAMED.plusSeconds(3600));
      SubstitutionRoster roster = roster(ended);

      assertThat(ended.lastDay()).contains(back.minusDays(1));
      assertThat(roster.resolve(A, back.minusDays(1)).acting()).contains(B);
      assertThat(roster.resolve(A, back).acting()).contains(A);
      assertThat(ended.statusOn(back)).isEqualTo(SubstitutionStatus.OVER);
    }

    @Test
    void ended_before_it_began_is_cancelled_and_never_applies() {
      Substitution cancelled = away(A, B).endFrom(MAY_1.minusDays(3), A, NAMED);

      assertThat(cancelled.cancelled()).isTrue();
      assertThat(cancelled.lastDay()).isEmpty();
      assertThat(cancelled.statusOn(MAY_1)).isEqualTo(SubstitutionStatus.CANCELLED);
      assertThat(roster(cancelled).resolve(A, MAY_1).acting()).contains(A);
      assertThat(roster(cancelled).overlapping(A, MAY_1, MAY_10)).isEmpty();
    }

    @Test
    void ended_on_its_first_day_is_cancelled() {
      Substitution cancelled = away(A, B).endFrom(MAY_1, A, NAMED);

      assertThat(cancelled.cancelled()).isTrue();
      assertThat(roster(cancelled).resolve(A, MAY_1).acting()).contains(A);
    }

    @Test
    void cannot_be_ended_twice_or_after_it_is_over() {
      Substitution ended = away(A, B).endFrom(LocalDate.of(2027, 5, 4), A, NAMED);

      assertThat(ended.endableOn(LocalDate.of(2027, 5, 4))).isFalse();
      assertThat(away(A, B).endableOn(MAY_10.plusDays(1))).isFalse();
      assertThatThrownBy(() -> ended.endFrom(LocalDate.of(2027, 5, 4), A, NAMED))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void overlap_is_found_at_the_boundaries_only_when_days_are_shared() {
      SubstitutionRoster roster = roster(away(A, B));

      assertThat(roster.overlapping(A, MAY_10, MAY_10.plusDays(3))).hasSize(1);
      assertThat(roster.overlapping(A, MAY_1.minusDays(5), MAY_1)).hasSize(1);
      assertThat(roster.overlapping(A, MAY_10.plusDays(1), MAY_10.plusDays(3))).isEmpty();
      assertThat(roster.overlapping(A, MAY_1.minusDays(5), MAY_1.minusDays(1))).isEmpty();
      assertThat(roster.overlapping(B, MAY_1, MAY_10)).isEmpty();
    }
  }

  @Test
  void a_substitution_refuses_self_an_inverted_period_and_a_too_long_reason() {
    assertThatThrownBy(() -> away(A, A)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> away(A, B, MAY_10, MAY_1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Substitution.named(A, B, MAY_1, MAY_10, Optional.of("x".repeat(501)), A, NAMED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_several_in_force_on_one_day_the_one_named_last_wins() {
    Substitution earlier = away(A, B);
    Substitution later =
        Substitution.named(A, C, MAY_1, MAY_10, Optional.empty(), A, NAMED.plusSeconds(60));

    assertThat(roster(earlier, later).resolve(A, MAY_1).acting()).contains(C);
    assertThat(roster(later, earlier).resolve(A, MAY_1).acting()).contains(C);
  }

  @Nested
  class Acting_for {

    @Test
    void a_substitute_acts_for_the_absent_person_during_the_period_only() {
      SubstitutionRoster roster = roster(away(A, B));

      assertThat(roster.actingFor(B, MAY_1)).containsExactly(A);
      assertThat(roster.actingFor(B, MAY_10.plusDays(1))).isEmpty();
      assertThat(roster.actingFor(A, MAY_1)).isEmpty();
      assertThat(roster.actingFor(X, MAY_1)).isEmpty();
    }

    @Test
    void reaches_through_chains_nearest_first() {
      // A→B→C and D→C: C acts for B, D and (through B) A.
      SubstitutionRoster roster = roster(away(A, B), away(B, C), away(D, C));

      assertThat(roster.actingFor(C, MAY_1)).containsExactly(B, D, A);
      // B is away: their own work and A's go on to C.
      assertThat(roster.actingFor(B, MAY_1)).isEmpty();
    }

    @Test
    void is_empty_for_everyone_in_a_cycle() {
      SubstitutionRoster roster = roster(away(A, B), away(B, A), away(C, A));

      assertThat(roster.actingFor(A, MAY_1)).isEmpty();
      assertThat(roster.actingFor(B, MAY_1)).isEmpty();
    }

    @Test
    void stops_at_the_bound_as_resolve_does() {
      SubstitutionRoster roster =
          roster(away(A, B), away(B, C), away(C, D), away(D, E), away(E, F), away(F, G));

      // G is six steps from A: A's work reaches no one; B's (five steps) reaches G.
      assertThat(roster.actingFor(G, MAY_1)).containsExactly(F, E, D, C, B);
    }

    @Test
    void agrees_with_resolve_for_every_person() {
      List<Substitution> all = new ArrayList<>();
      all.add(away(A, B));
      all.add(away(B, C, LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 6)));
      all.add(away(D, C));
      all.add(away(E, F));
      all.add(away(F, E, LocalDate.of(2027, 5, 5), LocalDate.of(2027, 5, 5)));
      SubstitutionRoster roster = SubstitutionRoster.of(all);
      List<PersonId> people = List.of(A, B, C, D, E, F, G, X);
      for (LocalDate day = MAY_1.minusDays(1);
          !day.isAfter(MAY_10.plusDays(1));
          day = day.plusDays(1)) {
        for (PersonId person : people) {
          LocalDate on = day;
          List<PersonId> expected =
              people.stream()
                  .filter(p -> !p.equals(person))
                  .filter(p -> roster.resolve(p, on).acting().equals(Optional.of(person)))
                  .toList();
          assertThat(roster.actingFor(person, on))
              .as("acting for %s on %s", person, on)
              .containsExactlyInAnyOrderElementsOf(expected);
        }
      }
    }
  }
}

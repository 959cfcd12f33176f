package se.samspel.substitution.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.domain.PersonId;
import se.samspel.substitution.domain.Substitution;
import se.samspel.substitution.domain.SubstitutionStore;

/** The substitutions in memory notice a change another instance wrote to the database. */
@QuarkusTest
class SubstitutionDirectoryTest {

  static final PersonId LARARE = new PersonId("P-LARARE");
  static final PersonId REKTOR = new PersonId("P-REKTOR");
  static final LocalDate DAY = LocalDate.of(2099, 6, 10);

  @Inject SubstitutionStore store;
  @Inject SubstitutionDirectory directory;
  @Inject SubstituteResolver resolver;

  @Test
  void a_substitution_written_by_another_instance_is_picked_up_by_the_refresh() {
    Substitution elsewhere =
        Substitution.named(LARARE, REKTOR, DAY, DAY, Optional.of("Sjuk"), LARARE, Instant.now());
    // Another instance: writes and bumps the revision, but this instance's memory is untouched.
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              store.lockForChange();
              store.add(elsewhere);
              store.changed();
            });
    assertThat(resolver.resolve(LARARE, DAY).acting()).contains(LARARE);

    directory.refreshIfStale();

    assertThat(resolver.resolve(LARARE, DAY).acting()).contains(REKTOR);
    assertThat(resolver.actingFor(REKTOR, DAY)).containsExactly(LARARE);
    assertThat(resolver.isAway(LARARE, DAY)).isTrue();

    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              store.lockForChange();
              store.update(elsewhere.endFrom(DAY, LARARE, Instant.now()));
              store.changed();
            });
    directory.refreshIfStale();

    assertThat(resolver.resolve(LARARE, DAY).acting()).contains(LARARE);
    assertThat(resolver.actingFor(REKTOR, DAY)).isEmpty();
  }
}

package se.samspel.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an import changes, and whether it locks its caller out, computed without a database. */
class ImportChangesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final Unit TOWN =
      new Unit(
          new UnitId("U-1"),
          "Kommunen",
          UnitKind.MUNICIPALITY,
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
  private static final Person ADA = person("P-ADA", "Ada", "ada");
  private static final Person BO = person("P-BO", "Bo", "bo");
  private static final Person ADMIN = person("P-ADMIN", "Oskar", "admin");

  private static Person person(String id, String name, String login) {
    return new Person(new PersonId(id), name, Optional.empty(), Optional.of(login));
  }

  private static Position position(
      String id, String title, Person holder, ActingAssignment... acting) {
    return new Position(
        new PositionId(id),
        title,
        PositionKind.STAFF_MEMBER,
        TOWN.id(),
        Optional.empty(),
        Optional.ofNullable(holder).map(Person::id),
        Optional.empty(),
        List.of(acting));
  }

  private static Organisation org(List<Position> positions, Person... people) {
    return new Organisation(List.of(TOWN), positions, List.of(people));
  }

  @Test
  void created_updated_unchanged_and_retired_are_counted_by_external_id_and_value() {
    Organisation before =
        org(
            List.of(position("POS-1", "Lärare", ADA), position("POS-2", "Rektor", BO)),
            ADA,
            BO,
            ADMIN);
    Organisation after =
        org(
            List.of(
                position("POS-1", "Lärare", ADA),
                position("POS-2", "Skolchef", BO),
                position("POS-3", "Vakt", null)),
            ADA,
            ADMIN);
    OrganisationChanges changes = OrganisationChanges.between(before, after);
    assertThat(changes.units().unchanged()).isEqualTo(1);
    assertThat(changes.positions().created())
        .extracting(p -> p.id().value())
        .containsExactly("POS-3");
    assertThat(changes.positions().updated())
        .extracting(Position::title)
        .containsExactly("Skolchef");
    assertThat(changes.positions().unchanged()).isEqualTo(1);
    assertThat(changes.people().retired()).containsExactly(BO);
    assertThat(changes.summary(7))
        .isEqualTo(new OrganisationStore.ImportSummary(7, 0, 0, 0, 1, 1, 0, 0, 0, 1));
  }

  @Test
  void a_post_that_falls_vacant_changes_holder_and_its_holder_loses_it() {
    Organisation before = org(List.of(position("POS-1", "Rektor", BO)), BO, ADMIN);
    Organisation after = org(List.of(position("POS-1", "Rektor", null)), BO, ADMIN);
    assertThat(OrganisationChanges.holderChanges(before, after, TODAY))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.before()).contains(BO);
              assertThat(c.after()).isEmpty();
              assertThat(c.retired()).isFalse();
            });
    assertThat(OrganisationChanges.lostRoles(before, after, TODAY))
        .extracting(l -> l.person().id().value() + "@" + l.position().id().value())
        .containsExactly("P-BO@POS-1");
  }

  @Test
  void an_acting_holder_counts_as_the_holder_on_the_day() {
    ActingAssignment acting = new ActingAssignment(ADA.id(), TODAY.minusDays(1), Optional.empty());
    Organisation before = org(List.of(position("POS-1", "Rektor", BO, acting)), ADA, BO, ADMIN);
    Organisation after = org(List.of(position("POS-1", "Rektor", BO)), ADA, BO, ADMIN);
    assertThat(OrganisationChanges.holderChanges(before, after, TODAY))
        .singleElement()
        .satisfies(c -> assertThat(c.before()).contains(ADA));
    assertThat(OrganisationChanges.lostRoles(before, after, TODAY))
        .extracting(l -> l.person().id().value())
        .containsExactly("P-ADA");
  }

  @Test
  void the_caller_is_retired_when_their_login_is_gone_and_no_administrator_is_left() {
    Organisation before = org(List.of(position("POS-1", "IT", ADMIN)), ADA, ADMIN);
    Organisation after = org(List.of(position("POS-1", "IT", ADA)), ADA);
    LockOut lockOut =
        LockOut.check(
            before, after, Optional.of(ADMIN.id()), Optional.of("ADMIN"), List.of("admin"), TODAY);
    assertThat(lockOut.callerRetired()).isTrue();
    assertThat(lockOut.callerReason()).contains("'ADMIN'");
    assertThat(lockOut.administratorsGone()).containsExactly("admin");
    assertThat(lockOut.noAdministratorLeft()).isTrue();
    assertThat(lockOut.locksOut()).isTrue();
  }

  @Test
  void the_caller_is_retired_when_they_lose_every_position_but_another_administrator_remains() {
    Organisation before = org(List.of(position("POS-1", "IT", ADA)), ADA, ADMIN);
    Organisation after = org(List.of(position("POS-1", "IT", ADMIN)), ADA, ADMIN);
    LockOut lockOut =
        LockOut.check(
            before, after, Optional.of(ADA.id()), Optional.of("ada"), List.of("admin"), TODAY);
    assertThat(lockOut.callerRetired()).isTrue();
    assertThat(lockOut.callerReason()).contains("would hold no position");
    assertThat(lockOut.callerRetirement())
        .map(r -> r.cause())
        .hasValue(LockOut.Retirement.Cause.NO_POSITION);
    assertThat(lockOut.noAdministratorLeft()).isFalse();
    assertThat(lockOut.locksOut()).isTrue();
  }

  @Test
  void an_administrator_by_group_only_and_a_caller_who_stays_are_not_locked_out() {
    Organisation before = org(List.of(position("POS-1", "IT", ADMIN)), ADA, ADMIN);
    Organisation after = org(List.of(position("POS-1", "IT", ADA)), ADA);
    assertThat(
            LockOut.check(
                    before,
                    after,
                    Optional.empty(),
                    Optional.of("it-drift"),
                    List.of("admin"),
                    TODAY)
                .locksOut())
        .isFalse();
    assertThat(
            LockOut.check(
                    before,
                    after,
                    Optional.of(ADA.id()),
                    Optional.of("ada"),
                    List.of("admin"),
                    TODAY)
                .locksOut())
        .isFalse();
  }
}

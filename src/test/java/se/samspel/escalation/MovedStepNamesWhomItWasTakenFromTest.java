package se.samspel.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.change;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.holder;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.importOrganisation;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.lastFollow;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.page;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.politiciansDialogue;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.read;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.withPerson;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.withoutPerson;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samspel.support.ImportDocuments;
import se.samspel.support.MovableClock;

/**
 * The history of a step that followed the organisation names whom it was taken from and whom it
 * went to, as they were at the move (not the post's holder today), and gives the right reason:
 * {@code RETIRED} only when the person it waited on left the organisation in the same import,
 * {@code NEW_HOLDER} when they merely gave up the post.
 */
@QuarkusTest
class MovedStepNamesWhomItWasTakenFromTest {

  @Inject MovableClock clock;

  @BeforeEach
  void aTuesdayMorningInNovember() {
    clock.setTo(OpenWorkFollowsTheOrganisationTest.SUBMITTED);
  }

  @AfterEach
  void restoreTheDemoOrganisation() {
    importOrganisation(ImportDocuments.demo());
    clock.reset();
  }

  @Test
  void a_holder_who_stays_in_the_organisation_is_named_as_whom_the_step_was_taken_from() {
    String id = politiciansDialogue();

    importOrganisation(
        change(
            withPerson("P-NY-FC-BUF", "Nina Ny", "ny-fc-buf"),
            holder("POS-FC-BUF", "P-NY-FC-BUF")));

    Map<String, Object> entry = lastFollow(read("politiker", id));
    assertThat(entry.get("movedBecause")).isEqualTo("NEW_HOLDER");
    assertThat(entry.get("movedFrom")).extracting("position.id").isEqualTo("POS-FC-BUF");
    assertThat(entry.get("movedFrom")).extracting("person.id").isEqualTo("P-FC-BUF");
    assertThat(entry.get("movedFrom")).extracting("person.name").isEqualTo("Lars Ek");
    assertThat(entry.get("movedTo")).extracting("position.id").isEqualTo("POS-FC-BUF");
    assertThat(entry.get("movedTo")).extracting("person.id").isEqualTo("P-NY-FC-BUF");

    assertThat(page("politiker", "/arenden/" + id, "sv"))
        .contains(
            "Steget flyttades från Lars Ek (Förvaltningschef, Barn- och utbildningsförvaltningen)"
                + " till Nina Ny, som har tjänsten nu")
        .contains("tjänsten har fått en ny innehavare");
    assertThat(page("politiker", "/arenden/" + id, "en"))
        .contains(
            "The step moved from Lars Ek (Förvaltningschef, Barn- och utbildningsförvaltningen)"
                + " to Nina Ny, who acts in the post now");
  }

  @Test
  void a_holder_replaced_and_retired_by_the_same_import_is_named_and_the_reason_is_retired() {
    String id = politiciansDialogue();

    importOrganisation(
        change(
            withPerson("P-NY-FC-BUF", "Nina Ny", "ny-fc-buf"),
            holder("POS-FC-BUF", "P-NY-FC-BUF"),
            withoutPerson("P-FC-BUF")));

    Map<String, Object> entry = lastFollow(read("politiker", id));
    assertThat(entry.get("movedBecause")).isEqualTo("RETIRED");
    assertThat(entry.get("movedFrom")).extracting("person.id").isEqualTo("P-FC-BUF");
    assertThat(entry.get("movedFrom")).extracting("person.name").isEqualTo("Lars Ek");
    assertThat(entry.get("movedFrom")).extracting("person.retired").isEqualTo(true);
    assertThat(entry.get("movedTo")).extracting("person.id").isEqualTo("P-NY-FC-BUF");
  }
}

package se.samspel.policy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.policy.application.PolicyViews.CitationView;
import se.samspel.policy.application.PolicyViews.EscalationSectionView;
import se.samspel.policy.application.PolicyViews.EscalationStepView;
import se.samspel.policy.domain.Citation;
import se.samspel.policy.domain.EscalationPolicy;
import se.samspel.policy.domain.EscalationPolicy.Step;
import se.samspel.policy.domain.EscalationPolicy.Target;
import se.samspel.policy.domain.EscalationPolicy.VacantPost;
import se.samspel.support.Fixtures;

/**
 * The escalation section as readers see it, without Quarkus: the steps as the file wrote them (a
 * group by its name), the kinds an earlier step takes first, the citations, and the default for a
 * version that states no section.
 */
class PolicyViewsEscalationTest {

  @Test
  void the_shipped_section_shows_its_steps_as_written_with_every_citation() {
    EscalationSectionView view = PolicyViews.escalation(Fixtures.kungsor().escalation());

    assertThat(view.reportingLinesDefault()).isFalse();
    assertThat(view.ladder())
        .extracting(EscalationStepView::from, EscalationStepView::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of("ANY_EMPLOYEE"), "NEAREST_MANAGER"),
            org.assertj.core.groups.Tuple.tuple(List.of("KSO"), "TOP"),
            org.assertj.core.groups.Tuple.tuple(List.of("ANY_POLITICIAN"), "KSO"));
    assertThat(view.ladder().get(0).source())
        .isEqualTo(
            new CitationView(
                "Kommunikation i akuta frågor",
                "Medarbetare kontaktar enhetschef som kontaktar förvaltningschef som kontaktar"
                    + " kommundirektör och tvärtom om detta är nödvändigt och man inte lyckas"
                    + " lösa frågor direkt."));
    assertThat(view.ladder().get(1).source()).isNull();
    assertThat(view.source().section()).isEqualTo("Medarbetare");
    assertThat(view.source().quote()).startsWith("Medarbetaren ska i första hand tala med");
    assertThat(view.retired()).isEqualTo("KD");
    assertThat(view.vacant()).isEqualTo("PASS_OVER");
  }

  @Test
  void a_step_names_the_kinds_an_earlier_step_takes_first() {
    EscalationSectionView view = PolicyViews.escalation(Fixtures.alingsas().escalation());

    assertThat(view.ladder().get(0).except()).isEmpty();
    assertThat(view.ladder().get(1).except()).isEmpty();
    // The politicians' step names the KSO too, but the KSO's own step comes first.
    assertThat(view.ladder().get(2).except()).containsExactly("KSO");
  }

  @Test
  void a_version_without_a_section_shows_the_reporting_lines_marked_as_the_default() {
    EscalationSectionView view = PolicyViews.escalation(Optional.empty());

    assertThat(view.reportingLinesDefault()).isTrue();
    assertThat(view.source()).isNull();
    assertThat(view.ladder())
        .extracting(EscalationStepView::from)
        .containsExactly(List.of("ANY_EMPLOYEE"), List.of("KSO"), List.of("ANY_POLITICIAN"));
    assertThat(view.ladder()).extracting(EscalationStepView::source).containsOnlyNulls();
    assertThat(view.retired()).isEqualTo("KD");
    assertThat(view.vacant()).isEqualTo("PASS_OVER");
  }

  /** README "The escalation section": a municipality that escalates differently. */
  @Test
  void a_ladder_of_single_kinds_and_a_partial_group_is_shown_kind_by_kind() {
    Citation passage = new Citation("Eskalering", "Chefer lyfter frågan till förvaltningschefen.");
    EscalationPolicy other =
        new EscalationPolicy(
            List.of(
                new Step(
                    Set.of(
                        PositionKind.STAFF_MEMBER,
                        PositionKind.COMMUNICATIONS_OFFICER,
                        PositionKind.WHISTLEBLOWER_FUNCTION),
                    Target.NEAREST_MANAGER,
                    Optional.empty()),
                new Step(
                    Set.of(
                        PositionKind.MANAGER,
                        PositionKind.DEPARTMENT_HEAD,
                        PositionKind.MUNICIPAL_DIRECTOR,
                        PositionKind.KSO),
                    Target.DEPARTMENT_HEAD,
                    Optional.of(passage)),
                new Step(Set.of(PositionKind.values()), Target.KD, Optional.empty())),
            Target.TOP,
            VacantPost.WAIT_ON_POST,
            Optional.of(passage));

    EscalationSectionView view = PolicyViews.escalation(Optional.of(other));

    assertThat(view.reportingLinesDefault()).isFalse();
    assertThat(view.ladder().get(0).from())
        .containsExactly("STAFF_MEMBER", "COMMUNICATIONS_OFFICER", "WHISTLEBLOWER_FUNCTION");
    assertThat(view.ladder().get(1).from()).containsExactly("ANY_MANAGER", "KSO");
    assertThat(view.ladder().get(1).to()).isEqualTo("DEPARTMENT_HEAD");
    assertThat(view.ladder().get(1).source())
        .isEqualTo(new CitationView("Eskalering", "Chefer lyfter frågan till förvaltningschefen."));
    assertThat(view.ladder().get(2).from()).containsExactly("ANYONE");
    assertThat(view.ladder().get(2).except())
        .containsExactly(
            "KSO",
            "MUNICIPAL_DIRECTOR",
            "DEPARTMENT_HEAD",
            "MANAGER",
            "STAFF_MEMBER",
            "COMMUNICATIONS_OFFICER",
            "WHISTLEBLOWER_FUNCTION");
    assertThat(view.retired()).isEqualTo("TOP");
    assertThat(view.vacant()).isEqualTo("WAIT_ON_POST");
  }
}

package se.samspel.substitution.application;

import java.time.LocalDate;
import java.util.Optional;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.substitution.domain.Substitution;

/**
 * Who may do what with substitutions. A person names a substitute for their own absence; the
 * nearest manager may do it for someone who reports directly to them (the absence was reported to
 * them, or the person cannot do it themselves), and no one else may. The absent person, whoever
 * named the substitute and that manager may end it; the substitute may see it but not end it.
 */
final class SubstitutionAuthority {

  private SubstitutionAuthority() {}

  /** Whether the caller may name or end a substitute for the absent person. */
  static boolean mayArrangeFor(
      OrganisationGraph graph, PersonId caller, PersonId absent, LocalDate day) {
    return caller.equals(absent) || managesDirectly(graph, caller, absent, day);
  }

  /** Whether the caller may end the substitution. */
  static boolean mayEnd(
      OrganisationGraph graph, PersonId caller, Substitution substitution, LocalDate day) {
    return substitution.namedBy().equals(caller)
        || mayArrangeFor(graph, caller, substitution.absent(), day);
  }

  /** Whether the caller may see the substitution at all. */
  static boolean maySee(
      OrganisationGraph graph, PersonId caller, Substitution substitution, LocalDate day) {
    return substitution.involves(caller) || mayEnd(graph, caller, substitution, day);
  }

  /**
   * Whether the manager holds, on the day, a position that a position of the person reports to
   * directly: one the person holds that day (appointed or acting) or is the appointed holder of.
   */
  static boolean managesDirectly(
      OrganisationGraph graph, PersonId manager, PersonId person, LocalDate day) {
    Optional<PersonId> wanted = Optional.of(person);
    for (Position held : graph.positionsHeldBy(manager, day)) {
      for (Position report : graph.directReportsOf(held.id())) {
        if (report.holderOn(day).equals(wanted) || report.holder().equals(wanted)) {
          return true;
        }
      }
    }
    return false;
  }
}

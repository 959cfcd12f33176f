package se.samspel.substitution.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspel.organisation.application.OrganisationViews.PersonRef;
import se.samspel.organisation.application.PersonNames;
import se.samspel.organisation.domain.PersonId;
import se.samspel.substitution.domain.SubstituteChain;
import se.samspel.substitution.domain.Substitution;
import se.samspel.substitution.domain.SubstitutionStatus;

/**
 * Substitutions as the API takes and shows them. People are named by {@link PersonNames}: someone
 * an import has retired since keeps their name, marked {@code retired}, as in a request's history.
 */
public final class SubstitutionViews {

  private SubstitutionViews() {}

  /**
   * Naming a substitute. Who names it is the caller, never a field.
   *
   * @param absent who is away: omit for yourself; a manager may give a direct report's person id
   */
  public record NameSubstituteBody(
      @Size(max = 64) @Schema(description = "Who is away; omit for yourself", example = "P-LARARE")
          String absent,
      @NotBlank @Size(max = 64) @Schema(example = "P-0101") String substitute,
      @NotNull @Schema(example = "2026-12-01") LocalDate from,
      @NotNull
          @Schema(description = "The last day of the absence, inclusive", example = "2026-12-12")
          LocalDate to,
      @Size(max = Substitution.MAX_REASON_LENGTH) @Schema(example = "Föräldraledighet")
          String reason) {}

  /** An early end. */
  public record EndingView(LocalDate from, PersonRef by, Instant at) {}

  /**
   * A substitution.
   *
   * @param lastDay the last day it applies after an early end; null when it was cancelled
   * @param status on today's date
   * @param reason shown only to the absent person and to who named it
   */
  public record SubstitutionView(
      String id,
      PersonRef absent,
      PersonRef substitute,
      LocalDate from,
      LocalDate to,
      LocalDate lastDay,
      SubstitutionStatus status,
      String reason,
      PersonRef namedBy,
      Instant namedAt,
      EndingView ended) {}

  /**
   * Who acts for a person on a day.
   *
   * @param via the substitutes passed who are away themselves
   * @param acting null when no one is present to act (a cycle, or more steps than allowed)
   */
  public record ChainView(
      PersonRef original,
      LocalDate day,
      List<PersonRef> via,
      PersonRef acting,
      boolean substituted,
      boolean cycle,
      boolean truncated,
      List<String> substitutions) {}

  static SubstitutionView view(
      PersonNames names, Substitution s, PersonId viewer, LocalDate today) {
    return new SubstitutionView(
        s.id().value(),
        names.ref(s.absent()),
        names.ref(s.substitute()),
        s.from(),
        s.to(),
        s.lastDay().orElse(null),
        s.statusOn(today),
        s.mayReadReason(viewer) ? s.reason().orElse(null) : null,
        names.ref(s.namedBy()),
        s.namedAt(),
        s.ending().map(e -> new EndingView(e.from(), names.ref(e.by()), e.at())).orElse(null));
  }

  static ChainView chain(PersonNames names, SubstituteChain chain, LocalDate day) {
    return new ChainView(
        names.ref(chain.original()),
        day,
        chain.via().stream().map(names::ref).toList(),
        chain.acting().map(names::ref).orElse(null),
        chain.substituted(),
        chain.cycle(),
        chain.truncated(),
        chain.applied().stream().map(id -> id.value()).toList());
  }
}

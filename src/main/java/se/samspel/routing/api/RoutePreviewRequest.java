package se.samspel.routing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.UnitId;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactFlag;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.ExternalParty;
import se.samspel.policy.domain.QuestionType;
import se.samspel.routing.application.RouteCommand;
import se.samspel.routing.domain.Target;

/** A contact to route: whom, what kind, in which context. */
@Schema(name = "ContactDescription")
public record RoutePreviewRequest(
    @Schema(description = "The caller's position to act in; default their most senior")
        @Size(max = 64)
        String requesterPosition,
    @Schema(description = "Register the contact of an external party instead (e.g. JOURNALIST)")
        ExternalParty requesterExternal,
    @Schema(description = RoutePreviewRequest.TARGET_DESCRIPTION) @Valid TargetRef target,
    @NotNull @Schema(example = "DIALOGUE") ContactKind kind,
    @Schema(description = "Default ON_DUTY") ContactContext context,
    @Schema(
            description =
                "What-, how- or unclear question, or (PROPOSAL) the administration's proposal"
                    + " before the political decision")
        QuestionType question,
    @Schema(description = "The requester states a clear purpose") Boolean purposeStated,
    @Schema(description = "The matter concerns the requester's nearest manager")
        Boolean concernsNearestManager,
    @Schema(description = "The matter is strategic") Boolean strategic,
    @Size(max = 64)
        @Schema(
            description =
                "The unit the matter concerns (e.g. the school a citizen's question is about): a"
                    + " free contact's recommendation names its manager and the staff who perform"
                    + " the service there",
            example = "U-SKOLA-1")
        String concernsUnit) {

  /** What {@code target} means, in the contract of the preview and the request. */
  public static final String TARGET_DESCRIPTION =
      "Whom the contact is for. Omit it only for a kind that GET /api/contact-options lists in"
          + " kindsWithoutTarget (e.g. STAFF_PROBLEM: the route starts at the requester's own"
          + " manager); for other kinds a missing target is 400 naming the field";

  /** A contact that names no unit it concerns. */
  public RoutePreviewRequest(
      String requesterPosition,
      ExternalParty requesterExternal,
      TargetRef target,
      ContactKind kind,
      ContactContext context,
      QuestionType question,
      Boolean purposeStated,
      Boolean concernsNearestManager,
      Boolean strategic) {
    this(
        requesterPosition,
        requesterExternal,
        target,
        kind,
        context,
        question,
        purposeStated,
        concernsNearestManager,
        strategic,
        null);
  }

  /** Whom the contact is for: exactly one of position, person, unit or external. */
  public record TargetRef(
      @Size(max = 64) @Schema(example = "POS-LARARE-1") String position,
      @Size(max = 64) String person,
      @Size(max = 64) String unit,
      ExternalParty external) {

    public Target toTarget() {
      int given =
          (position != null ? 1 : 0)
              + (person != null ? 1 : 0)
              + (unit != null ? 1 : 0)
              + (external != null ? 1 : 0);
      if (given != 1) {
        throw SamspelException.invalid(
            "target", "give exactly one of position, person, unit or external");
      }
      for (String[] field :
          new String[][] {{"position", position}, {"person", person}, {"unit", unit}}) {
        if (field[1] != null && field[1].isBlank()) {
          throw SamspelException.invalid("target." + field[0], "must not be blank");
        }
      }
      if (position != null) {
        return new Target.OfPosition(new PositionId(position.trim()));
      }
      if (person != null) {
        return new Target.OfPerson(new PersonId(person.trim()));
      }
      if (unit != null) {
        return new Target.OfUnit(new UnitId(unit.trim()));
      }
      return new Target.External(external);
    }
  }

  public RouteCommand toCommand() {
    Set<ContactFlag> flags = EnumSet.noneOf(ContactFlag.class);
    if (Boolean.TRUE.equals(purposeStated)) {
      flags.add(ContactFlag.PURPOSE_STATED);
    }
    if (Boolean.TRUE.equals(concernsNearestManager)) {
      flags.add(ContactFlag.CONCERNS_NEAREST_MANAGER);
    }
    if (Boolean.TRUE.equals(strategic)) {
      flags.add(ContactFlag.STRATEGIC);
    }
    return new RouteCommand(
        Optional.ofNullable(requesterPosition).map(p -> new PositionId(p.trim())),
        Optional.ofNullable(requesterExternal),
        target == null ? new Target.Unnamed() : target.toTarget(),
        kind,
        context == null ? ContactContext.ON_DUTY : context,
        Optional.ofNullable(question),
        flags,
        Optional.ofNullable(concernsUnit)
            .map(String::trim)
            .filter(u -> !u.isEmpty())
            .map(UnitId::new));
  }
}

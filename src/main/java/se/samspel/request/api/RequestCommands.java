package se.samspel.request.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspel.policy.domain.ContactContext;
import se.samspel.policy.domain.ContactKind;
import se.samspel.policy.domain.ExternalParty;
import se.samspel.policy.domain.QuestionType;
import se.samspel.request.domain.ContactRequest;
import se.samspel.routing.api.RoutePreviewRequest;

/** The bodies the request endpoints accept. */
public final class RequestCommands {

  private RequestCommands() {}

  /** A new contact request: the contact (as for a preview) plus subject, purpose and dates. */
  public record SubmitRequest(
      @Size(max = 64) String requesterPosition,
      ExternalParty requesterExternal,
      @Schema(description = RoutePreviewRequest.TARGET_DESCRIPTION) @Valid
          RoutePreviewRequest.TargetRef target,
      @NotNull ContactKind kind,
      ContactContext context,
      QuestionType question,
      Boolean purposeStated,
      Boolean concernsNearestManager,
      Boolean strategic,
      @NotBlank
          @Size(max = ContactRequest.MAX_SUBJECT_LENGTH)
          @Schema(example = "Dialog om läsfrämjande arbete")
          String subject,
      @Size(max = ContactRequest.MAX_PURPOSE_LENGTH)
          @Schema(example = "Underlag inför nämndens budgetdialog")
          String purpose,
      LocalDate wishedFrom,
      LocalDate wishedTo) {

    RoutePreviewRequest contact() {
      return new RoutePreviewRequest(
          requesterPosition,
          requesterExternal,
          target,
          kind,
          context,
          question,
          purposeStated,
          concernsNearestManager,
          strategic);
    }
  }

  /** Approve, naming the responsible manager who arranges the contact (default: the route's). */
  public record Approve(
      @Size(max = 64) @Schema(example = "POS-REKTOR-1") String responsibleManager,
      @Size(max = ContactRequest.MAX_NOTE_LENGTH) String note,
      @Schema(description = "The version the decision was made on (from GET); 409 if stale")
          Long version) {}

  /** Decline, with a reason. */
  public record Decline(
      @NotBlank @Size(max = ContactRequest.MAX_NOTE_LENGTH) String reason, Long version) {}

  /** Redirect to another department or the right forum, with a reason. */
  public record Redirect(
      @Size(max = 64) @Schema(example = "U-SBF") String department,
      @Size(max = ContactRequest.MAX_FORUM_LENGTH)
          @Schema(example = "Kommunstyrelsens arbetsutskott")
          String forum,
      @NotBlank @Size(max = ContactRequest.MAX_NOTE_LENGTH) String reason,
      Long version) {}

  /** A step done, with an optional note. */
  public record Step(@Size(max = ContactRequest.MAX_NOTE_LENGTH) String note, Long version) {}
}

package se.samspel.web;

import io.quarkus.qute.TemplateGlobal;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.request.domain.ContactRequest;

/**
 * The domain's field limits as every template sees them, for the {@code maxlength} of a form's
 * fields: the same numbers Bean Validation and the pages' own checks use, so a field never accepts
 * more than the server takes. Characters, as {@code maxlength} counts them.
 */
@TemplateGlobal
public final class FieldLimits {

  /** A request's subject ({@link ContactRequest#MAX_SUBJECT_LENGTH}). */
  static final int maxSubject = ContactRequest.MAX_SUBJECT_LENGTH;

  /** A request's purpose ({@link ContactRequest#MAX_PURPOSE_LENGTH}). */
  static final int maxPurpose = ContactRequest.MAX_PURPOSE_LENGTH;

  /** A note or reason given with a step ({@link ContactRequest#MAX_NOTE_LENGTH}). */
  static final int maxNote = ContactRequest.MAX_NOTE_LENGTH;

  /** The forum a request is redirected to ({@link ContactRequest#MAX_FORUM_LENGTH}). */
  static final int maxForum = ContactRequest.MAX_FORUM_LENGTH;

  /** A reported contact's description ({@link PersonalData#MAX_REPORTED_DESCRIPTION_LENGTH}). */
  static final int maxReportedDescription = PersonalData.MAX_REPORTED_DESCRIPTION_LENGTH;

  private FieldLimits() {}
}

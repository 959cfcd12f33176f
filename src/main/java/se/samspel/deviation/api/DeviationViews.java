package se.samspel.deviation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspel.deviation.domain.ChainReport;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.deviation.domain.StoredEntry;
import se.samspel.deviation.domain.UnreadableEntry;
import se.samspel.organisation.domain.PersonId;
import se.samspel.policy.domain.Severity;

/** The deviation record as the API takes and shows it. */
public final class DeviationViews {

  private DeviationViews() {}

  /** A correction. Who corrects is the caller, never a field. */
  public record CorrectionBody(
      @NotBlank
          @Size(max = NewDeviation.MAX_CORRECTION_SUMMARY_LENGTH)
          @Schema(
              description = "What is corrected, without personal data: it is chained as is",
              example = "The contact was coordinated with the department head beforehand")
          String summary,
      @NotBlank
          @Size(max = PersonalData.MAX_DESCRIPTION_LENGTH)
          @Schema(
              description = "Why; kept with the personal data, so it can be blanked",
              example =
                  "Minnesanteckning från förvaltningschefen visar att kontakten var förankrad")
          String reason) {}

  /** A redaction: the person whose personal data to blank in every entry. */
  public record RedactionBody(
      @NotBlank @Size(max = 64) @Schema(example = "P-LARARE") String person) {}

  public record RedactionView(String person, int entries) {}

  /** A department an entry names: its unit id and, as the organisation knows it today, its name. */
  public record DepartmentView(
      @Schema(example = "U-SOC") String unitId,
      @Schema(
              description =
                  "The unit's name today; its id when the organisation no longer knows it",
              example = "Socialförvaltningen")
          String name) {}

  /** The personal part of an entry; all null once redacted. */
  public record PersonalView(
      String reporter, String requester, String target, String description) {}

  /**
   * An entry of the record. A stored row that can no longer be read as an entry (changed behind the
   * application: a kind or severity the record does not know, a CORRECTION that references no
   * entry) is shown, instead of failing the answer, with {@code unreadable} true, its seq, its
   * stored hashes and {@code unreadableReason}; all its other fields are null. Verify reports such
   * an entry ALTERED (or INSERTED).
   */
  @Schema(
      description =
          "An entry of the record. An entry that cannot be read (changed behind the application:"
              + " an unknown kind or severity, a CORRECTION without reference) has unreadable"
              + " true, its seq, previousHash, entryHash and unreadableReason, and every other"
              + " field null; verify reports it.")
  public record DeviationView(
      long seq,
      @Schema(description = "null when unreadable") DeviationKind kind,
      Instant occurredAt,
      Instant recordedAt,
      String policyKey,
      Integer policyVersion,
      String ruleId,
      String ruleTitle,
      String section,
      String quote,
      Severity severity,
      String prescribedRoute,
      String requesterRole,
      String targetRole,
      @Schema(
              description =
                  "The single department (unit id) an entry of form 1 recorded (the target's, else"
                      + " the requester's); null in form 2, which names requesterDepartment and"
                      + " targetDepartment")
          String department,
      String requestId,
      Long corrects,
      String summary,
      PersonalView personal,
      Instant redactedAt,
      String personalHash,
      String previousHash,
      String entryHash,
      @Schema(
              description =
                  "true when the stored row cannot be read as an entry: only seq, the hashes and"
                      + " unreadableReason are given")
          boolean unreadable,
      @Schema(
              description = "Why the row cannot be read; null when readable",
              example = "kind 'FORGED' is not a kind the record knows")
          String unreadableReason,
      @Schema(
              description =
                  "The department of the requester's position, where the deviation happened; null"
                      + " for a politician or an outside party, and in form 1")
          DepartmentView requesterDepartment,
      @Schema(
              description =
                  "The department of the target's position; null for a political body, a"
                      + " politician or an outside party, and in form 1")
          DepartmentView targetDepartment,
      @Schema(
              description =
                  "The canonical form the entry is hashed in: 1 (samspel-deviation-v1, one"
                      + " department) or 2 (samspel-deviation-v2, the requester's and the target's);"
                      + " null when unreadable",
              example = "2")
          Integer form) {}

  public record BreakView(long seq, ChainReport.Reason reason, String detail) {}

  /**
   * The result of verifying the chain.
   *
   * @param status INTACT or BROKEN
   */
  public record VerifyView(
      String status,
      long entries,
      long redacted,
      long headSeq,
      String headHash,
      BreakView firstBreak) {}

  /**
   * A stored row: the entry, or the marking of a row that cannot be read.
   *
   * @param unitName a department's name by its unit id (the id itself when unknown)
   */
  static DeviationView view(StoredEntry stored, Function<String, String> unitName) {
    if (stored instanceof DeviationEntry e) {
      return view(e, unitName);
    }
    UnreadableEntry u = (UnreadableEntry) stored;
    return new DeviationView(
        u.seq(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        u.previousHash(),
        u.entryHash(),
        true,
        u.reason(),
        null,
        null,
        null);
  }

  static DeviationView view(DeviationEntry e, Function<String, String> unitName) {
    NewDeviation d = e.facts();
    return new DeviationView(
        e.seq(),
        d.kind(),
        d.occurredAt(),
        e.recordedAt(),
        d.policyKey(),
        d.policyVersion(),
        d.ruleId(),
        d.ruleTitle(),
        d.section(),
        d.quote(),
        d.severity(),
        d.prescribedRoute().text(),
        d.requesterRole(),
        d.targetRole(),
        d.department().orElse(null),
        d.requestId().orElse(null),
        d.corrects().orElse(null),
        d.summary(),
        new PersonalView(
            d.personal().reporter().map(PersonId::value).orElse(null),
            d.personal().requester().map(PersonId::value).orElse(null),
            d.personal().target().map(PersonId::value).orElse(null),
            d.personal().description().orElse(null)),
        e.redactedAt().orElse(null),
        e.personalHash(),
        e.previousHash(),
        e.entryHash(),
        false,
        null,
        d.requesterDepartment().map(id -> new DepartmentView(id, unitName.apply(id))).orElse(null),
        d.targetDepartment().map(id -> new DepartmentView(id, unitName.apply(id))).orElse(null),
        e.form());
  }

  static VerifyView view(ChainReport r) {
    return new VerifyView(
        r.intact() ? "INTACT" : "BROKEN",
        r.entries(),
        r.redacted(),
        r.headSeq(),
        r.headHash(),
        r.firstBreak().map(b -> new BreakView(b.seq(), b.reason(), b.detail())).orElse(null));
  }
}

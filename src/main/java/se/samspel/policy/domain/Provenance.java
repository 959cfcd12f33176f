package se.samspel.policy.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a policy comes from: the adopted document and the decision that adopted it.
 *
 * @param paragraph the paragraph of the minutes (e.g. "§ 146"), where known
 * @param preparedBy the preparation of the decision, e.g. a working committee's paragraph
 * @param dissents reservations recorded in the minutes
 * @param notes recorded notes (protokollsanteckningar)
 */
public record Provenance(
    String municipality,
    String title,
    String documentType,
    String adoptedBy,
    LocalDate decisionDate,
    Optional<String> paragraph,
    String caseNumber,
    LocalDate validFrom,
    Optional<LocalDate> validTo,
    Optional<LocalDate> lastUpdated,
    Optional<String> appliesTo,
    Optional<String> preparedBy,
    String sourceDocument,
    List<String> dissents,
    List<String> notes) {

  public Provenance {
    Objects.requireNonNull(municipality, "municipality is required");
    Objects.requireNonNull(title, "title is required");
    Objects.requireNonNull(documentType, "documentType is required");
    Objects.requireNonNull(adoptedBy, "adoptedBy is required");
    Objects.requireNonNull(decisionDate, "decisionDate is required");
    Objects.requireNonNull(caseNumber, "caseNumber is required");
    Objects.requireNonNull(validFrom, "validFrom is required");
    Objects.requireNonNull(sourceDocument, "sourceDocument is required");
    dissents = List.copyOf(dissents);
    notes = List.copyOf(notes);
  }
}

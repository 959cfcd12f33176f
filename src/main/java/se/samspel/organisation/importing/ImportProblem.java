package se.samspel.organisation.importing;

/**
 * One thing wrong with an import.
 *
 * @param row the CSV line number, or null for JSON (whose field is then a path)
 * @param field the field or column at fault
 * @param reason what is wrong, in words an HR or IT person can act on
 */
public record ImportProblem(Integer row, String field, String reason) {

  static ImportProblem at(RowSource source, String logicalField, String reason) {
    return new ImportProblem(source.line(), source.field(logicalField), reason);
  }
}

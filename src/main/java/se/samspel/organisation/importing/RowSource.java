package se.samspel.organisation.importing;

/**
 * Where a row of an import came from, so that a problem can name it the way the uploader sees it: a
 * JSON path for JSON, a line number and column name for CSV.
 */
public interface RowSource {

  /** The line of the file, for CSV; null for JSON. */
  Integer line();

  /** The name of a logical field ("parent", "reportsTo" …) as the uploader wrote it. */
  String field(String logicalField);

  /**
   * Where the row is, as the uploader would look for it in a problem's reason: {@code "row 12"} for
   * the CSV line 12, {@code "people[3]"} for a JSON row.
   */
  default String where() {
    return "row " + line();
  }

  /** A row of a JSON document: {@code units[3].parent}. */
  record Json(String collection, int index) implements RowSource {
    @Override
    public Integer line() {
      return null;
    }

    @Override
    public String field(String logicalField) {
      return collection + "[" + index + "]." + logicalField;
    }

    @Override
    public String where() {
      return collection + "[" + index + "]";
    }
  }
}

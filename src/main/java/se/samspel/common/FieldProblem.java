package se.samspel.common;

/**
 * One field of a request that is wrong, and why.
 *
 * @param field the field, as a path into the request body ({@code units[3].parent}) or a column
 * @param reason what is wrong with it
 * @param row the line of an uploaded file, where there is one
 */
public record FieldProblem(String field, String reason, Integer row) {
  public static FieldProblem of(String field, String reason) {
    return new FieldProblem(field, reason, null);
  }
}

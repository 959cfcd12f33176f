package se.samspel.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One field of a request that is wrong, and why.
 *
 * @param field the field, as a path into the request body ({@code units[3].parent}) or a column
 * @param reason what is wrong with it
 * @param row the line of an uploaded file, where there is one; left out of the JSON where there is
 *     none (an integer in the schema, never {@code null})
 */
public record FieldProblem(
    String field, String reason, @JsonInclude(JsonInclude.Include.NON_NULL) Integer row) {
  public static FieldProblem of(String field, String reason) {
    return new FieldProblem(field, reason, null);
  }
}

package se.samspel.common;

import java.util.List;
import java.util.Objects;

/**
 * A failure an application service reports to its caller. The kind says what went wrong in the
 * caller's terms; the problem mapper decides the HTTP status from it.
 */
public class SamspelException extends RuntimeException {

  /** What kind of failure this is. */
  public enum Kind {
    /** The request is malformed or a value has the wrong form. */
    INVALID_INPUT,
    /** The caller is not allowed to do this. */
    FORBIDDEN,
    /** The thing asked for does not exist, or the caller may not know that it does. */
    NOT_FOUND,
    /** The request conflicts with the current state (a stale version, a decided request). */
    CONFLICT,
    /** The request is well-formed but its content breaks a rule (a bad import, a bad policy). */
    UNPROCESSABLE,
    /** The body is larger than this endpoint accepts. */
    TOO_LARGE,
    /** The body's content type is missing, repeated, unknown or in a charset that is not read. */
    UNSUPPORTED_CONTENT_TYPE,
    /** The caller sent too many expensive requests. */
    TOO_MANY_REQUESTS
  }

  private final Kind kind;
  private final String code;
  private final List<FieldProblem> problems;

  public SamspelException(Kind kind, String code, String message, List<FieldProblem> problems) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind is required");
    this.code = Objects.requireNonNull(code, "code is required");
    this.problems = List.copyOf(problems);
  }

  public SamspelException(Kind kind, String code, String message) {
    this(kind, code, message, List.of());
  }

  public static SamspelException notFound(String what, String id) {
    return new SamspelException(
        Kind.NOT_FOUND, "not-found", "No " + what + " with id '" + id + "'");
  }

  /** Something a request refers to by a field does not exist. */
  public static SamspelException notFoundField(String field, String what, String id) {
    return new SamspelException(
        Kind.NOT_FOUND,
        "not-found",
        "No " + what + " with id '" + id + "'",
        List.of(FieldProblem.of(field, "no " + what + " with id '" + id + "'")));
  }

  public static SamspelException forbidden(String message) {
    return new SamspelException(Kind.FORBIDDEN, "forbidden", message);
  }

  public static SamspelException conflict(String code, String message) {
    return new SamspelException(Kind.CONFLICT, code, message);
  }

  public static SamspelException invalid(String field, String reason) {
    return new SamspelException(
        Kind.INVALID_INPUT,
        "invalid-input",
        field + ": " + reason,
        List.of(FieldProblem.of(field, reason)));
  }

  public Kind kind() {
    return kind;
  }

  /** A stable, machine-readable code, e.g. {@code import-invalid}. */
  public String code() {
    return code;
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}

package se.samspel.common.http;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which problem answers an operation can give because of its shape in the OpenAPI document, so that
 * the document lists each of them on each operation, and none the operation cannot give.
 *
 * <p>The rule, status by status, with what in Samspel answers it:
 *
 * <ul>
 *   <li>401 and 403: the operation needs a login (a security requirement). No valid token is 401
 *       ({@link ProblemMappers}); a person the organisation does not know, or without the role, is
 *       403.
 *   <li>400: the operation reads something the caller sends — a body, a query or a path parameter:
 *       a value of the wrong form, a NUL character ({@link RequestWellFormed}), an unknown field.
 *       An operation that reads nothing cannot be given bad input.
 *   <li>413 and 415: the operation takes a body ({@link BodySizeLimit}, {@link RequestWellFormed}:
 *       no, two or an unknown {@code Content-Type}).
 *   <li>500: any operation — an unexpected failure, answered with the incident id it is logged
 *       under.
 * </ul>
 *
 * <p>What does not follow from the shape is declared by the resource that knows it: 404, 409, 422,
 * and 429 where {@link RateLimited} applies. A path parameter does not make a 404: correcting an
 * entry of the deviation record that does not exist is 422 {@code deviation-unknown}, by design,
 * while reading it is 404; and a 404 may come from something the body names (a route preview's
 * target). Left out everywhere: what the HTTP edge answers before any operation is matched (405,
 * 406, 414, 431, and the 400s {@code duplicate-header} and {@code invalid-uri}; README, "The HTTP
 * edge"), and the 400 for a NUL character in a query parameter the operation does not read.
 */
public final class OperationProblems {

  /**
   * Statuses that only the shape gives: listed on an operation whose shape does not imply them,
   * they would promise what the API never answers there.
   */
  static final Set<String> FROM_SHAPE_ONLY = Set.of("400", "401", "403", "413", "415");

  private OperationProblems() {}

  /**
   * What of an operation decides its problem answers.
   *
   * @param needsLogin it has a security requirement
   * @param body it takes a request body (optional or not)
   * @param query it has a query parameter
   * @param path it has a path parameter (a NUL character in it is 400)
   */
  public record Shape(boolean needsLogin, boolean body, boolean query, boolean path) {}

  /** The statuses (as the document writes them, {@code "404"}) an operation of this shape gives. */
  public static Set<String> impliedBy(Shape shape) {
    Set<String> statuses = new TreeSet<>();
    if (shape.needsLogin()) {
      statuses.add("401");
      statuses.add("403");
    }
    if (shape.body() || shape.query() || shape.path()) {
      statuses.add("400");
    }
    if (shape.body()) {
      statuses.add("413");
      statuses.add("415");
    }
    statuses.add("500");
    return Collections.unmodifiableSet(statuses);
  }
}

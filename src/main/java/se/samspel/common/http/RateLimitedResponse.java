package se.samspel.common.http;

/**
 * The name the shared 429 answer had before {@link ProblemResponses} wrote every shared problem
 * answer: kept so that {@code ref = RateLimitedResponse.REF} written on a branch of its own still
 * compiles and still points at the same component.
 *
 * @deprecated use {@link ProblemResponses#TOO_MANY_REQUESTS}
 */
@Deprecated(forRemoval = true)
public final class RateLimitedResponse {

  /** The name of the shared 429 answer under {@code components.responses}. */
  public static final String REF = ProblemResponses.TOO_MANY_REQUESTS;

  private RateLimitedResponse() {}
}

package se.samspel.common;

import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * The fields every log line written while handling an HTTP request carries (the mapped diagnostic
 * context, MDC): they appear under {@code mdc} in the JSON console logs (README, "Logs"). Only
 * identifiers go here, never names, subjects or bodies of requests.
 *
 * <p>In Quarkus the MDC of a request lives in its Vert.x duplicated context, so what the HTTP
 * filter and the authentication put here reaches every thread that works on the same request, and
 * goes with it.
 */
public final class LogFields {

  /**
   * A random UUID given to each request as it arrives; a 500 answer's problem names the same id
   * ("Incident … has been logged"), so support finds the request's lines from the answer.
   */
  public static final String INCIDENT_ID = "incidentId";

  /** The request's path, without the query (which may hold search terms). */
  public static final String REQUEST_PATH = "requestPath";

  /** The caller's person id ({@code organisation.domain.PersonId}), once the token names one. */
  public static final String PERSON_ID = "personId";

  /** Paths longer than this are cut: a log line is not the place for an 8 KiB request-target. */
  static final int MAX_PATH_LENGTH = 256;

  private LogFields() {}

  /** Marks the start of a request: a new incident id and the path. */
  public static void requestStarted(String path) {
    MDC.put(INCIDENT_ID, UUID.randomUUID().toString());
    if (path != null) {
      MDC.put(
          REQUEST_PATH,
          path.length() > MAX_PATH_LENGTH ? path.substring(0, MAX_PATH_LENGTH) : path);
    }
  }

  /** The caller is now known as this person. */
  public static void callerIs(String personId) {
    if (personId != null) {
      MDC.put(PERSON_ID, personId);
    }
  }

  /**
   * The incident id of the request being handled; a new one (put in the MDC) where none was given,
   * e.g. for a failure outside a request.
   */
  public static String incidentId() {
    Object known = MDC.get(INCIDENT_ID);
    if (known != null) {
      return known.toString();
    }
    String incident = UUID.randomUUID().toString();
    MDC.put(INCIDENT_ID, incident);
    return incident;
  }
}

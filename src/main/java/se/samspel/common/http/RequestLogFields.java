package se.samspel.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import se.samspel.common.LogFields;

/**
 * Gives every HTTP request its incident id and path in the log context ({@link LogFields}) before
 * anything else runs, the HTTP edge's checks included, so that each of the request's log lines
 * carries them. The caller's person id joins when the token is resolved (the security part's role
 * augmentor).
 */
@ApplicationScoped
public class RequestLogFields {

  /** Before the HTTP edge ({@link HttpEdge#PRIORITY}): its refusals are logged with the id too. */
  static final int PRIORITY = HttpEdge.PRIORITY + 1;

  void register(@Observes Filters filters) {
    filters.register(this::mark, PRIORITY);
  }

  void mark(RoutingContext rc) {
    LogFields.requestStarted(rc.request().path());
    rc.next();
  }
}

package se.samspel.common.http;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.samspel.common.FieldProblem;

/**
 * A request body that could not be read because the connection closed under it: the client sent a
 * body whose framing is broken (RFC 9112 section 7.1; the server then closes the connection, see
 * {@link HttpEdge}) or went away mid-body. Neither is Samspel's fault, so it is logged at DEBUG
 * rather than as an incident; the 400 problem below is what the answer would be, though the closed
 * connection usually cannot carry it. Any other {@link IOException} is unexpected and is answered
 * like every unexpected failure (500, logged under an incident id).
 */
public class ClientGoneMapper {

  private static final Logger LOG = Logger.getLogger(ClientGoneMapper.class);

  private final ProblemMappers problems = new ProblemMappers();

  @ServerExceptionMapper
  public Response io(IOException e, UriInfo uri, HttpServerRequest request) {
    if (!closedUnderUs(e) && !answeredAlready(request)) {
      return problems.unexpected(e, uri);
    }
    LOG.debugf("Request body not read, the connection closed: %s", e.toString());
    return ProblemMappers.answer(
        400,
        "malformed-request",
        "Bad Request",
        "The body could not be read: its framing is broken or the connection closed",
        uri,
        List.of(FieldProblem.of("body", "not fully received")));
  }

  /**
   * The connection already carried an answer ({@link HttpEdge} answers a broken framing itself) or
   * is closed: the body read failed because of what the client sent.
   */
  private static boolean answeredAlready(HttpServerRequest request) {
    return request != null && (request.response().ended() || request.response().closed());
  }

  static boolean closedUnderUs(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ClosedChannelException || t instanceof HttpClosedException) {
        return true;
      }
    }
    return false;
  }
}

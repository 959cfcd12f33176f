package se.samspel.web.requests;

import io.quarkus.qute.TemplateExtension;
import se.samspel.request.application.RequestViews;

/** How requests look in the templates: the CSS class of a status or a hop's state. */
@TemplateExtension
final class RequestExtensions {

  private RequestExtensions() {}

  static String statusClass(RequestViews.RequestView request) {
    return ofStatus(request.status());
  }

  static String statusClass(RequestViews.SummaryView request) {
    return ofStatus(request.status());
  }

  /**
   * Whether a hop still waits but not yet on its holder: a hop after the one the request waits on
   * now, or one left pending when the request closed.
   */
  static boolean upcoming(RequestViews.HopView hop, RequestViews.RequestView request) {
    if (!hop.state().equals("PENDING")) {
      return false;
    }
    return request.waiting() == null
        || request.hops().stream()
            .anyMatch(h -> h.state().equals("PENDING") && h.order() < hop.order());
  }

  static String stateClass(RequestViews.HopView hop, RequestViews.RequestView request) {
    if (upcoming(hop, request)) {
      return "status";
    }
    return switch (hop.state()) {
      case "DONE", "INFORMED" -> "status status--ok";
      case "PENDING" -> "status status--warn";
      default -> "status";
    };
  }

  /** Whether a step that followed the organisation left its post for a level above. */
  static boolean movedUp(RequestViews.EventView event) {
    return event.movedFrom() != null
        && event.movedTo() != null
        && !event.movedFrom().position().id().equals(event.movedTo().position().id());
  }

  /**
   * One end of a move as the page names it: "Lars Ek (Förvaltningschef BUF)", the post alone when
   * no person was recorded, the person alone when {@code withPost} is false.
   */
  static String named(RequestViews.MoveEndView end, boolean withPost) {
    String post = end.position().title() != null ? end.position().title() : end.position().id();
    if (end.position().unit() != null && end.position().unit().name() != null) {
      post = post + ", " + end.position().unit().name();
    }
    if (end.person() == null || end.person().name() == null) {
      return post;
    }
    return withPost ? end.person().name() + " (" + post + ")" : end.person().name();
  }

  /** Notes Samspel writes itself (escalations) are in English. */
  static boolean systemNote(RequestViews.EventView event) {
    return event.event().equals("ESCALATED") || event.event().equals("STUCK_AT_TOP");
  }

  private static String ofStatus(String status) {
    return switch (status) {
      case "AWAITING_DECISION", "AWAITING_ACTION" -> "status status--warn";
      case "APPROVED", "ARRANGED", "COMPLETED" -> "status status--ok";
      case "DECLINED" -> "status status--bad";
      default -> "status";
    };
  }
}

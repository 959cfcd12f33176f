package se.samspel.outbox.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.samspel.organisation.domain.PersonId;

/**
 * Something that happened to a request, to be told to intranet systems (the event feed) and to the
 * people it names (e-mail). Record it with {@code Outbox.record(event)} inside the transaction that
 * makes the change, once per change:
 *
 * <pre>{@code
 * outbox.record(
 *     OutboxEvent.of(EventType.REQUEST_DECIDED, request.id().value(), clock.instant())
 *         .with("subject", request.details().subject())
 *         .with("decision", "APPROVED")
 *         .with("by", decider.value())
 *         .notify(request.requester(), NotifyReason.DECISION_ON_YOUR_REQUEST));
 * }</pre>
 *
 * <p>The payload is a small JSON object (at most 8 000 characters serialised) of strings, numbers,
 * booleans, lists and maps; it is what intranet systems read, so keep to identifiers and the
 * request's subject (never the purpose text or other personal details). Every type carries {@code
 * subject} (the request's subject line, used in the e-mail) and {@code status} (the request's
 * status after the change). Beyond that, by type:
 *
 * <table>
 *   <caption>Event types, their payload and whom they notify</caption>
 *   <tr><th>type</th><th>payload beyond subject and status</th><th>notify, reason</th></tr>
 *   <tr><td>{@link EventType#REQUEST_SUBMITTED}</td>
 *       <td>{@code kind} (contact kind), {@code requester} (person id), {@code policy}
 *           ({@code "kungsor/1"}), {@code rule} (rule id)</td>
 *       <td>the holder of the first waiting position, {@link NotifyReason#WAITS_ON_YOU}</td></tr>
 *   <tr><td>{@link EventType#HOP_WAITING}</td>
 *       <td>{@code hop} (order), {@code position} (position id), {@code action}
 *           (DECIDE, ARRANGE, RESOLVE, …)</td>
 *       <td>the position's holder (or acting holder), {@link NotifyReason#WAITS_ON_YOU}</td></tr>
 *   <tr><td>{@link EventType#REQUEST_DECIDED}</td>
 *       <td>{@code decision} (APPROVED, DECLINED, REDIRECTED), {@code by} (person id), optionally
 *           {@code redirectedTo}, {@code responsibleManager}</td>
 *       <td>the requester, {@link NotifyReason#DECISION_ON_YOUR_REQUEST}</td></tr>
 *   <tr><td>{@link EventType#REQUEST_ESCALATED}</td>
 *       <td>{@code fromPosition}, {@code toPosition}, {@code deadline} (ISO instant that passed)</td>
 *       <td>the holder of {@code toPosition}, {@link NotifyReason#ESCALATED_TO_YOU}</td></tr>
 *   <tr><td>{@link EventType#ACUTE_INFORMATION}</td>
 *       <td>{@code from} (person id), optionally {@code position}</td>
 *       <td>the responsible people, {@link NotifyReason#ACUTE_INFORMATION}</td></tr>
 *   <tr><td>{@link EventType#REQUEST_COMPLETED}</td>
 *       <td>{@code by} (person id)</td>
 *       <td>requester and arranger, {@link NotifyReason#FOR_YOUR_INFORMATION}</td></tr>
 *   <tr><td>{@link EventType#REQUEST_WITHDRAWN}</td>
 *       <td>{@code from} (the status it was withdrawn in: AWAITING_DECISION, AWAITING_ACTION or
 *           APPROVED), {@code by} (person id; left out for a whistleblowing report)</td>
 *       <td>whoever acted on its route (the approver) and whoever it waited on (the approver still
 *           to decide, the manager who was to arrange it), {@link
 *           NotifyReason#FOR_YOUR_INFORMATION}</td></tr>
 *   <tr><td>{@link EventType#QUICK_DECISION_TAKEN}</td>
 *       <td>{@code by} (person id), {@code decidedAt} (the position that took it), {@code
 *           informedPosition} (the level informed; left out when there is none above)</td>
 *       <td>whoever acts in {@code informedPosition}, {@link NotifyReason#ACUTE_INFORMATION}; the
 *           requester is told the request is settled by a {@link EventType#REQUEST_COMPLETED}</td></tr>
 * </table>
 *
 * <p>An event may notify nobody (it is then only in the feed); a person is notified at most once
 * per event: naming them again keeps the first reason.
 *
 * @param type what happened
 * @param aggregateId the id of the request it happened to
 * @param occurredAt when the change was made (from the use case's clock)
 * @param payload the event's data for readers of the feed, in insertion order
 * @param recipients the people to e-mail, each once
 */
public record OutboxEvent(
    EventType type,
    String aggregateId,
    Instant occurredAt,
    Map<String, Object> payload,
    List<Recipient> recipients) {

  /** The longest aggregate id the outbox stores. */
  public static final int MAX_AGGREGATE_ID = 64;

  public OutboxEvent {
    Objects.requireNonNull(type, "type is required");
    Objects.requireNonNull(aggregateId, "aggregate id is required");
    Objects.requireNonNull(occurredAt, "occurred-at is required");
    Objects.requireNonNull(payload, "payload is required (may be empty)");
    Objects.requireNonNull(recipients, "recipients are required (may be empty)");
    if (aggregateId.isBlank() || aggregateId.length() > MAX_AGGREGATE_ID) {
      throw new IllegalArgumentException(
          "aggregate id must be 1 to " + MAX_AGGREGATE_ID + " characters");
    }
    LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
    payload.forEach(
        (key, value) ->
            copy.put(
                Objects.requireNonNull(key, "payload keys are required"),
                Objects.requireNonNull(value, "payload value of '" + key + "' is required")));
    payload = Collections.unmodifiableMap(copy);
    List<Recipient> once = new ArrayList<>();
    for (Recipient r : recipients) {
      Objects.requireNonNull(r, "recipient is required");
      if (once.stream().noneMatch(o -> o.person().equals(r.person()))) {
        once.add(r);
      }
    }
    recipients = List.copyOf(once);
  }

  /** An event with an empty payload that notifies nobody yet. */
  public static OutboxEvent of(EventType type, String aggregateId, Instant occurredAt) {
    return new OutboxEvent(type, aggregateId, occurredAt, Map.of(), List.of());
  }

  /** This event with one more payload entry; a null value leaves the payload as it is. */
  public OutboxEvent with(String key, Object value) {
    if (value == null) {
      return this;
    }
    LinkedHashMap<String, Object> more = new LinkedHashMap<>(payload);
    more.put(key, value);
    return new OutboxEvent(type, aggregateId, occurredAt, more, recipients);
  }

  /** This event notifying one more person (no change if they are notified already). */
  public OutboxEvent notify(PersonId person, NotifyReason reason) {
    List<Recipient> more = new ArrayList<>(recipients);
    more.add(new Recipient(person, reason));
    return new OutboxEvent(type, aggregateId, occurredAt, payload, more);
  }
}

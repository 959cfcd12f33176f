package se.samspel.request.domain;

import java.time.Instant;

/**
 * A free text a request holds, and where: what a right of access searches for people named only in
 * text.
 *
 * @param request the request
 * @param field {@code subject}, {@code purpose}, {@code redirectedTo} (the forum), {@code
 *     step.note} (a step's note) or {@code history.note} (a history entry's note)
 * @param at when the text was written: the request's creation, the step's action or the entry
 * @param text the text as stored
 */
public record RequestText(RequestId request, String field, Instant at, String text) {}

/**
 * HTTP concerns every REST resource shares: the one mapping of every failure to {@code
 * application/problem+json} ({@link se.samspel.common.http.ProblemMappers}); what is refused before
 * any endpoint runs — at the server's edge ({@link se.samspel.common.http.HttpEdge}: URI and header
 * limits, repeated single fields, broken framing) and before JAX-RS reads a body ({@link
 * se.samspel.common.http.RequestWellFormed}: content types, NUL in paths and queries; {@link
 * se.samspel.common.http.FormTextWithoutNul}); paging; and the limits on request bodies ({@link
 * se.samspel.common.http.BodySizeLimit}) and rates ({@link se.samspel.common.http.RateLimiter}).
 */
package se.samspel.common.http;

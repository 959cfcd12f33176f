/**
 * HTTP concerns every REST resource shares: the one mapping of every failure to {@code
 * application/problem+json} ({@link se.samspel.common.http.ProblemMappers}), paging, and the limits
 * on request bodies ({@link se.samspel.common.http.BodySizeLimit}).
 */
package se.samspel.common.http;

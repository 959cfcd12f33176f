/**
 * Who is calling and what their positions let them do. Callers authenticate with a signed JWT
 * bearer token (from the municipality's identity provider in production, from the demo login in the
 * embedded default); the token's subject is mapped to a person of the organisation, whose positions
 * on the day give the caller's roles. No role is taken from a header or a request field.
 */
package se.samspel.security;

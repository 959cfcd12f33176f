/**
 * The guidelines over HTTP ({@code /api/policies}): read by every member, uploaded by
 * administrators. Thin: the validation and the versions are the application layer's.
 */
package se.samspel.policy.api;

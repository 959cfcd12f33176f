/**
 * Keeps contact requests, their hops and history in the relational database with JPA, behind {@link
 * se.samspel.request.domain.ContactRequestRepository}. Updates check the version read, so
 * concurrent changes answer 409 instead of overwriting each other.
 */
package se.samspel.request.infrastructure;

/**
 * The request use cases: submit (route and store), decide, arrange, resolve, complete, withdraw and
 * read, each in one transaction. Tells the outbox what happened in the same transaction. Submitting
 * answers with a {@code SubmitOutcome} value; {@code RequestViews} is the read model of a request
 * that the API and the pages both render, with whistleblowing applied. {@code
 * FollowTheOrganisation} lets waiting steps follow a change of who acts in their post (an import,
 * an acting period or a substitution), on the organisation's and the substitutions' change events
 * and in every sweep.
 */
package se.samspel.request.application;

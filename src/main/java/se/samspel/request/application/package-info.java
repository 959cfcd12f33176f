/**
 * The request use cases: submit (route and store), decide, arrange, resolve, complete, withdraw and
 * read, each in one transaction. Tells the outbox what happened in the same transaction.
 */
package se.samspel.request.application;

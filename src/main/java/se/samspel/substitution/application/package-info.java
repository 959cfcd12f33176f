/**
 * The substitution use cases (name a substitute, end one, read them) with their authorisation and
 * transactions, and the in-memory directory that hop resolution asks on every request. Limits come
 * from {@code samspel.substitution.*}.
 */
package se.samspel.substitution.application;

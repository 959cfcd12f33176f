/**
 * The deviation record: an append-only, hash-chained ledger of where practice departed from the
 * guideline (reported contacts judged against the policy in force, and actions outside a request's
 * route), verifiable by anyone holding a published head hash, and redactable of personal data
 * without breaking the chain.
 */
package se.samspel.deviation;

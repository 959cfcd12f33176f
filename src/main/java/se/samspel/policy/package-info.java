/**
 * A municipality's guideline as versioned data: each {@link se.samspel.policy.domain.Rule} says for
 * which requester, target, kind of contact and context it holds, what the prescribed route is (or
 * that the contact is free, or not permitted), and cites the passage of the source document it
 * comes from; its {@link se.samspel.policy.domain.EscalationPolicy} says how a waiting step climbs
 * the organisation, with its citation too. No rule of a guideline lives in Java code: the code here
 * only reads, validates and matches rules.
 */
package se.samspel.policy;

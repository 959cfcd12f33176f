/**
 * The policy file format (JSON): {@link se.samspel.policy.format.PolicyDocument} is what a file or
 * an upload holds, with every value still text; {@link se.samspel.policy.format.PolicyValidator}
 * checks it completely (unknown selectors, missing citations, contradictory and unreachable rules,
 * impossible routes, an escalation ladder that is incomplete or climbs in a circle) and reports
 * every problem with its JSON path before a {@link se.samspel.policy.domain.Policy} is made of it.
 */
package se.samspel.policy.format;

/**
 * Deadlines and the climb up the chain: every waiting hop has a deadline from the policy (hours for
 * acute matters, Swedish working days otherwise); when it passes, the sweeper moves the hop to the
 * next level that the escalation section of the request's own policy version names, as the
 * organisation stands at that moment, until the top, where the request is flagged as stuck. Holders
 * can take a matter (which stops the clock until the next deadline) or escalate it by hand.
 */
package se.samspel.escalation;

package se.samspel.substitution.domain;

/**
 * Fired (as a synchronous CDI event) each time the substitutions held in memory are reloaded after
 * the first load: a substitute named or a substitution ended here, or such a change noticed from
 * another instance. Parts that keep work tied to who acts in a post (open requests' waiting steps)
 * observe it to follow; the substitution part knows nothing of them.
 *
 * @param revision the stored revision counter of the substitutions now current
 */
public record SubstitutionsChanged(long revision) {}

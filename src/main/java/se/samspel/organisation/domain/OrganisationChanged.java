package se.samspel.organisation.domain;

import java.util.Optional;

/**
 * Fired (as a synchronous CDI event) each time a new revision of the organisation becomes the
 * current graph on this instance: after an import here, or when another instance's change is
 * noticed. Parts that keep work tied to positions (open requests' waiting steps) observe it to
 * follow the organisation; the organisation part itself knows nothing of them.
 *
 * @param previous the graph that was current before, empty on the first load
 * @param current the graph that is current now
 * @param revision the stored revision counter of {@code current}
 */
public record OrganisationChanged(
    Optional<OrganisationGraph> previous, OrganisationGraph current, long revision) {}

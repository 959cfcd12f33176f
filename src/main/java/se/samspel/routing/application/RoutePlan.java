package se.samspel.routing.application;

import java.time.LocalDate;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.routing.domain.RouteDecision;

/** A routed contact: the decision, under which policy version, over which organisation, when. */
public record RoutePlan(
    PolicyVersion policy, RouteDecision decision, OrganisationGraph organisation, LocalDate day) {}

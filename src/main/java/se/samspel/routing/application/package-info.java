/**
 * The routing use case: routes a caller's contact under the policy in force today over the current
 * organisation, and returns the decision with the policy version and the day it was made under;
 * what a person may ask for under the policy ({@code ContactOptions}); the read model of a route
 * ({@code RouteViews}).
 */
package se.samspel.routing.application;

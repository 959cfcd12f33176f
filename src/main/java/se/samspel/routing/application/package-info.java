/**
 * The routing use case: routes a caller's contact under the policy in force today over the current
 * organisation, and returns the decision with the policy version and the day it was made under.
 */
package se.samspel.routing.application;

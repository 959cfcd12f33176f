/** An administrative action as a recorded fact, and the port of the trail that keeps them. */
package se.samspel.audit.domain;

/** The retention decision and what a culling run did; no HTTP, no persistence. */
package se.samspel.retention.domain;

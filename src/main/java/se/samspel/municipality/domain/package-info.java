/** Municipalities as the domain knows them: an SCB code and a name. */
package se.samspel.municipality.domain;

/** The registry of the deployment's municipalities, read from the store once and kept. */
package se.samspel.municipality.application;

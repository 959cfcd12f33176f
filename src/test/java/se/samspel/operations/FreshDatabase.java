package se.samspel.operations;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * An application of its own, on a database emptied at its start (as every test application's), so
 * that the metrics tests see the figures of their own work and of no request another test left
 * open; the jobs stay off, as in every test application.
 */
public class FreshDatabase implements QuarkusTestProfile {}

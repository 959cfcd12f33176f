/**
 * The demo organisation (a fictional, Kungsör-like municipality loaded on the first start of the
 * embedded default and shared by the tests), built as an ordinary import document that passes the
 * same validation as an upload. The generator of large organisations for benchmarks and load tests
 * ({@code LargeOrganisationGenerator}) shares this package and its builder, but lives in the test
 * fixtures ({@code src/testFixtures/java}): it is not part of the production jar.
 */
package se.samspel.organisation.demo;

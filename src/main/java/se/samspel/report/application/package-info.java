/**
 * The reporting use cases: judge a reported contact under the policy in force on its day and record
 * a deviation when it departs, and record actions Samspel itself sees go outside a route. Holds the
 * statutory rules that hold under every policy.
 */
package se.samspel.report.application;

/**
 * What every part of Samspel shares: the failures application services raise (named by meaning, not
 * by HTTP status) and the one place that turns every failure into {@code application/problem+json}.
 */
package se.samspel.common;

/**
 * Classes that break the architecture rules on purpose, so that {@code ArchitectureTest} can show
 * each rule fails when it should. Test code only: never imported by the production checks.
 */
package se.samspel.architecture.violations;

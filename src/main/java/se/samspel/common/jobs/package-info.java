/**
 * Scheduled jobs as operations sees them: the interval a job runs at on this instance ({@link
 * se.samspel.common.jobs.JobInterval}) and its heartbeat ({@link
 * se.samspel.common.jobs.Heartbeat}), from which the readiness checks of the sweeper and the
 * notification dispatcher tell whether it still runs (README, "Health checks").
 */
package se.samspel.common.jobs;

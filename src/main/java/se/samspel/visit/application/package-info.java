/**
 * Use cases of site visits: {@link se.samspel.visit.application.RegisterSiteVisit} (a politician
 * registers a spontaneous visit afterwards; judged through {@code
 * report.application.ReportContact}) and {@link se.samspel.visit.application.ReadSiteVisits} (who
 * reads which visits), with the read model {@link se.samspel.visit.application.SiteVisitViews}.
 */
package se.samspel.visit.application;

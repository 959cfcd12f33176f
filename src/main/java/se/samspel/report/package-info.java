/**
 * Reported contacts: anyone logged in reports a contact that happened, and Samspel judges it
 * against the policy in force on that day — a deviation (with the rule, its quote, the prescribed
 * route and a severity), recorded in the deviation record, or no deviation (with the rule that
 * allows it). Contacts the law protects (meddelarfrihet) are refused and nothing is stored. Also
 * records, automatically, actions outside a request's route.
 */
package se.samspel.report;

/**
 * The policies Samspel knows, every version held in memory, and which one is in force on a day;
 * uploading a new version through the format's validation; the read models of a policy ({@code
 * PolicyViews}) that the API and the page render.
 */
package se.samspel.policy.application;

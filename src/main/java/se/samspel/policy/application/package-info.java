/**
 * The policies Samspel knows, every version held in memory, and which one is in force on a day;
 * uploading a new version through the format's validation.
 */
package se.samspel.policy.application;

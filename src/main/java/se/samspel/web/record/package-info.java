/**
 * The record pages: "Rapportera kontakt" (report a contact that happened and read the verdict),
 * "Avvikelser" (the deviation record and its chain's verification, for KD, the KSO and auditors)
 * and "Årlig uppföljning" (the yearly review with charts; the anonymised version without login).
 * Whistleblowing reports never reach these pages.
 */
package se.samspel.web.record;

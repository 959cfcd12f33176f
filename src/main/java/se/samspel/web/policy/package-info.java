/** "Riktlinje": the guideline as people read it, with its rules, quotes and provenance. */
package se.samspel.web.policy;

/** Reading and setting a municipality's retention decision, and the sweep that applies it. */
package se.samspel.retention.application;

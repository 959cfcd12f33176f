/**
 * Samspel: the communication paths of a municipal guideline on the interplay between elected
 * politicians and the administration, made executable. One package per part of the domain; see the
 * README's architecture section.
 */
package se.samspel;

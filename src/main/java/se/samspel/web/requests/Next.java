package se.samspel.web.requests;

import java.time.Instant;

/**
 * What a request waits for now: who (the holder today), in which position and unit, to do what (a
 * HopAction), and until when before it escalates.
 */
public record Next(String who, String title, String unit, String action, Instant dueAt) {}

package se.samspel.architecture.violations.web.api;

/** Stands for a REST layer payload (a class in an {@code ..api..} package). */
public record RestView(String title) {}

package se.samspel.municipality.application;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Pattern;

/**
 * The municipality migration V14 makes an existing deployment's data belong to. Checked at start,
 * so that a wrong value is named in one line instead of breaking the migration's SQL.
 */
@ConfigMapping(prefix = "samspel.municipality")
public interface MunicipalityConfig {

  First first();

  interface First {
    /** The SCB municipality code: four digits ({@code 99xx} for a fictional municipality). */
    @Pattern(regexp = "\\d{4}", message = "must be a four-digit SCB municipality code")
    String id();

    /** The municipality's name, 1 to 200 characters without an apostrophe. */
    @Pattern(regexp = "[^']{1,200}", message = "must be 1 to 200 characters, without '")
    String name();
  }
}

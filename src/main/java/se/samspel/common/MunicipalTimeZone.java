package se.samspel.common;

import java.time.ZoneId;

/**
 * Where the municipality's time zone is configured. Dates and times are read and shown in it
 * (office hours, working days, the days of a filter, "today" on a form); instants are stored in
 * UTC. The application gets the configured zone as the zone of its {@link java.time.Clock}, or
 * injected as a {@link ZoneId} (both from {@link ClockProducer}); this class only names the setting
 * and its default, for the places that read the configuration itself.
 */
public final class MunicipalTimeZone {

  /** The setting: an IANA zone id such as {@code Europe/Stockholm}. */
  public static final String PROPERTY = "samspel.calendar.zone";

  /** The zone when {@link #PROPERTY} is not set: Swedish municipalities keep Swedish time. */
  public static final String DEFAULT_ID = "Europe/Stockholm";

  /** {@link #DEFAULT_ID} as a zone. */
  public static final ZoneId DEFAULT = ZoneId.of(DEFAULT_ID);

  private MunicipalTimeZone() {}
}

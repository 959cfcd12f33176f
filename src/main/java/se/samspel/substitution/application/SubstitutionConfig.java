package se.samspel.substitution.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The limits of substitutions. */
@ConfigMapping(prefix = "samspel.substitution")
public interface SubstitutionConfig {

  /** How many substitutions a chain follows at most (A→B is one step) before no one acts. */
  @WithDefault("5")
  int maxChainLength();

  /** The longest period, in days, one substitution may cover (a long leave is named anew). */
  @WithDefault("730")
  int maxPeriodDays();

  /**
   * How many days after their end substitutions stay in memory, so that recent days can still be
   * resolved (an escalation looking back); older ones are read from the database when listed.
   */
  @WithDefault("90")
  int retentionDays();

  /** How often an instance checks whether another instance changed the substitutions. */
  @WithDefault("10s")
  String refreshInterval();
}

package se.samspel.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the pages' cookies are set. */
@ConfigMapping(prefix = "samspel.web")
public interface WebConfig {

  /**
   * Whether cookies are marked Secure (sent over HTTPS only). Browsers treat http://localhost as
   * secure, so the embedded default works with it on; switch it off only for plain-HTTP test hosts.
   */
  @WithDefault("true")
  boolean secureCookies();
}

package se.samspel.municipality.application;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samspel.municipality.domain.MunicipalityId;

/**
 * Reads the municipality out of an address (issue 16): {@code /api/{municipalityId}/…} for the API
 * and {@code /{municipalityId}/…} for the pages, where the id is the four-digit SCB municipality
 * code, as Sundsvall's municipal APIs put the municipality in the path. Used by the address filter
 * and by sign-in, which resolves a caller's roles before any resource is matched.
 */
public final class MunicipalityAddresses {

  private static final Pattern API = Pattern.compile("^/api/(\\d{4})(/.*)?$");
  private static final Pattern PAGE = Pattern.compile("^/(\\d{4})(/.*)?$");

  /**
   * A municipality-scoped address taken apart.
   *
   * @param municipality the addressed municipality's code (not yet checked to be served)
   * @param unscoped the same address without the municipality, e.g. {@code /api/requests/mine}
   */
  public record Scoped(MunicipalityId municipality, String unscoped) {}

  private MunicipalityAddresses() {}

  /**
   * The municipality a raw request path names, if it names one.
   *
   * @param rawPath the path as sent, not decoded
   */
  public static Optional<Scoped> parse(String rawPath) {
    if (rawPath == null) {
      return Optional.empty();
    }
    Matcher api = API.matcher(rawPath);
    if (api.matches()) {
      return Optional.of(
          new Scoped(
              new MunicipalityId(api.group(1)),
              "/api" + (api.group(2) == null ? "" : api.group(2))));
    }
    Matcher page = PAGE.matcher(rawPath);
    if (page.matches()) {
      return Optional.of(
          new Scoped(
              new MunicipalityId(page.group(1)), page.group(2) == null ? "/" : page.group(2)));
    }
    return Optional.empty();
  }
}

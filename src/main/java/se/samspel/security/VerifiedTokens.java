package se.samspel.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.organisation.domain.OrganisationChanged;

/**
 * Bearer tokens already verified, with the identity and roles each gave at one municipality's
 * addresses (issue 17: verification and role resolution once per token, not per request). Quarkus
 * OIDC verifies a JWT's signature, issuer, audience and lifetime on every request, and {@link
 * OrganisationRoleAugmentor} then resolves the bearer's posts; on a machine of two cores that was
 * more than half of a signed-in request's time. {@link RememberedTokenProvider} answers from here
 * before Quarkus OIDC is asked.
 *
 * <p>An entry is the identity exactly as the augmentor built it, keyed by the token (the whole
 * compact serialisation, compared in full) and the addressed municipality. It ends, whichever comes
 * first:
 *
 * <ul>
 *   <li>at the token's {@code exp} (RFC 7519 §4.1.4): an expired token is verified again, and
 *       refused;
 *   <li>after {@link AuthConfig.TokenCache#timeToLive()} (5 minutes by default), so that a signing
 *       key the provider withdraws is not trusted for longer;
 *   <li>on any change of an organisation ({@link OrganisationChanged}, also when another instance's
 *       import is picked up), since roles follow the posts held;
 *   <li>at midnight (the entry remembers its day), since acting posts and appointments are dated.
 * </ul>
 *
 * A token that fails verification or the augmentor's checks is never remembered. Tokens are not
 * revoked before their {@code exp} in Quarkus OIDC's local JWT verification either, so remembering
 * one does not widen what it grants.
 */
@ApplicationScoped
public class VerifiedTokens {

  /** Who remembered it and when: the identity as built, its day and the organisations' state. */
  private record Entry(
      SecurityIdentity identity, LocalDate day, long generation, Instant expiresAt) {}

  /** The key: the token as sent and the municipality whose addresses it was verified for. */
  private record Key(String token, MunicipalityId municipality) {}

  private final Clock clock;
  private final boolean enabled;
  private final Duration timeToLive;
  private final Cache<Key, Entry> entries;

  /**
   * Moved on by every organisation change: an entry computed before a change (even one stored after
   * it, by a request that was in flight) is never used after it.
   */
  private final AtomicLong generation = new AtomicLong();

  public VerifiedTokens(AuthConfig config, Clock clock) {
    this.clock = clock;
    this.enabled = config.tokenCache().maxSize() > 0;
    this.timeToLive = config.tokenCache().timeToLive();
    this.entries =
        Caffeine.newBuilder()
            .maximumSize(config.tokenCache().maxSize())
            .expireAfter(
                Expiry.creating(
                    (Key key, Entry entry) -> {
                      Duration left = Duration.between(Instant.now(), entry.expiresAt());
                      return left.isNegative() ? Duration.ZERO : left;
                    }))
            .build();
  }

  /** The organisations' state now, to be handed back to {@link #remember}. */
  public long generation() {
    return generation.get();
  }

  /**
   * The identity a token gave at this municipality's addresses, if it is remembered and still valid
   * today under the organisations as they are.
   */
  public Optional<SecurityIdentity> find(String token, MunicipalityId municipality) {
    Entry entry = entries.getIfPresent(new Key(token, municipality));
    if (entry == null
        || entry.generation() != generation.get()
        || !entry.day().equals(LocalDate.now(clock))
        || !Instant.now().isBefore(entry.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(entry.identity());
  }

  /**
   * Remembers the identity a verified token gave, until its {@code exp} (seconds since the epoch;
   * not remembered when it has none) or the time to live, whichever is sooner.
   *
   * @param generation {@link #generation()} as read before the roles were resolved
   */
  public void remember(
      String token,
      MunicipalityId municipality,
      SecurityIdentity identity,
      long expiresAtEpochSecond,
      long generation) {
    if (!enabled || expiresAtEpochSecond <= 0) {
      return;
    }
    // The token's lifetime is real time, as Quarkus OIDC checks it; the day is the application's
    // clock's, as the augmentor resolves posts by it.
    Instant expiresAt = Instant.ofEpochSecond(expiresAtEpochSecond);
    Instant bound = Instant.now().plus(timeToLive);
    entries.put(
        new Key(token, municipality),
        new Entry(
            identity,
            LocalDate.now(clock),
            generation,
            expiresAt.isBefore(bound) ? expiresAt : bound));
  }

  /** Roles follow the posts held: no entry survives a change of any organisation. */
  void onOrganisationChanged(@Observes OrganisationChanged changed) {
    generation.incrementAndGet();
    entries.invalidateAll();
  }
}

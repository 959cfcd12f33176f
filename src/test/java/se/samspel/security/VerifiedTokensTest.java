package se.samspel.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.organisation.domain.OrganisationChanged;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.support.MovableClock;

class VerifiedTokensTest {

  private static final MunicipalityId MALARVIK = new MunicipalityId("9901");
  private static final MunicipalityId VANERSTRAND = new MunicipalityId("9902");
  private static final SecurityIdentity IDENTITY =
      QuarkusSecurityIdentity.builder().setPrincipal((Principal) () -> "kd").addRole("kd").build();

  private final MovableClock clock = new MovableClock(ZoneId.of("Europe/Stockholm"));

  @Test
  void a_remembered_token_is_found_at_its_municipality_only() {
    VerifiedTokens tokens = tokens(10);
    tokens.remember("t", MALARVIK, IDENTITY, inAnHour(), tokens.generation());
    assertThat(tokens.find("t", MALARVIK)).contains(IDENTITY);
    assertThat(tokens.find("t", VANERSTRAND)).isEmpty();
    assertThat(tokens.find("t2", MALARVIK)).isEmpty();
  }

  @Test
  void an_organisation_change_forgets_every_token_even_one_resolved_before_it_and_stored_after() {
    VerifiedTokens tokens = tokens(10);
    tokens.remember("t", MALARVIK, IDENTITY, inAnHour(), tokens.generation());
    long beforeTheChange = tokens.generation();
    tokens.onOrganisationChanged(changed());
    assertThat(tokens.find("t", MALARVIK)).isEmpty();
    tokens.remember("t", MALARVIK, IDENTITY, inAnHour(), beforeTheChange);
    assertThat(tokens.find("t", MALARVIK)).isEmpty();
    tokens.remember("t", MALARVIK, IDENTITY, inAnHour(), tokens.generation());
    assertThat(tokens.find("t", MALARVIK)).contains(IDENTITY);
  }

  @Test
  void a_token_is_resolved_again_on_another_day() {
    VerifiedTokens tokens = tokens(10);
    clock.setTo(Instant.parse("2026-12-01T22:59:00Z")); // 23:59 in Stockholm
    tokens.remember("t", MALARVIK, IDENTITY, inAnHour(), tokens.generation());
    assertThat(tokens.find("t", MALARVIK)).contains(IDENTITY);
    clock.advance(Duration.ofMinutes(2));
    assertThat(tokens.find("t", MALARVIK)).isEmpty();
  }

  @Test
  void an_expired_token_or_one_without_exp_is_never_found() {
    VerifiedTokens tokens = tokens(10);
    tokens.remember(
        "old", MALARVIK, IDENTITY, Instant.now().getEpochSecond() - 1, tokens.generation());
    tokens.remember("none", MALARVIK, IDENTITY, 0, tokens.generation());
    assertThat(tokens.find("old", MALARVIK)).isEmpty();
    assertThat(tokens.find("none", MALARVIK)).isEmpty();
  }

  @Test
  void a_cache_of_size_zero_remembers_nothing() {
    VerifiedTokens tokens = tokens(0);
    tokens.remember("t", MALARVIK, IDENTITY, inAnHour(), tokens.generation());
    assertThat(tokens.find("t", MALARVIK)).isEmpty();
  }

  private static long inAnHour() {
    return Instant.now().plusSeconds(3600).getEpochSecond();
  }

  private static OrganisationChanged changed() {
    return new OrganisationChanged(Optional.empty(), OrganisationGraph.empty(), 1);
  }

  private VerifiedTokens tokens(int maxSize) {
    AuthConfig.TokenCache cache =
        new AuthConfig.TokenCache() {
          @Override
          public int maxSize() {
            return maxSize;
          }

          @Override
          public Duration timeToLive() {
            return Duration.ofMinutes(5);
          }
        };
    AuthConfig config =
        (AuthConfig)
            Proxy.newProxyInstance(
                AuthConfig.class.getClassLoader(),
                new Class<?>[] {AuthConfig.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("tokenCache")) {
                    return cache;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    return new VerifiedTokens(config, clock);
  }
}

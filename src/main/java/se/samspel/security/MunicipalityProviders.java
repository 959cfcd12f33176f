package se.samspel.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;
import java.util.Optional;
import se.samspel.municipality.domain.MunicipalityId;

/**
 * The identity providers of municipalities that have their own (issue 16: one per municipality,
 * e.g. a separate Microsoft Entra ID tenant each), keyed by the four-digit municipality code:
 *
 * <pre>
 * samspel.municipalities.9902.oidc.issuer=https://login.microsoftonline.com/&lt;tenant id&gt;/v2.0
 * samspel.municipalities.9902.oidc.client-id=…
 * samspel.municipalities.9902.oidc.client-secret=…      (from the environment only)
 * samspel.municipalities.9902.oidc.audience=api://…     (optional; the client id unless set)
 * </pre>
 *
 * or, as environment variables, {@code SAMSPEL_MUNICIPALITIES__9902__OIDC_ISSUER}, {@code
 * …_CLIENT_ID}, {@code …_CLIENT_SECRET}, {@code …_AUDIENCE}: the code between double underscores,
 * SmallRye Config's form of a quoted map key ({@code samspel.municipalities."9902".oidc.issuer}),
 * without which an environment variable cannot name a key of the map. A municipality not named here
 * signs in with the deployment's default provider ({@link AuthConfig.Oidc}, {@code
 * SAMSPEL_OIDC_*}). {@link IdentityTenants} turns each entry into two Quarkus OIDC tenants; {@link
 * IdentitySettings} stops the start when an entry lacks a setting or names no four-digit code.
 */
@ConfigMapping(prefix = "samspel.municipalities")
public interface MunicipalityProviders {

  /** Every municipality with its own provider, by its code as written in the configuration. */
  @WithParentName
  Map<String, Entry> all();

  /** One municipality's settings. */
  interface Entry {
    /** Its identity provider. */
    Provider oidc();
  }

  /** A municipality's own OpenID Connect provider: the same settings as the default one. */
  interface Provider {
    /** The issuer URL (OpenID Connect Discovery 1.0 reads its metadata below it). */
    Optional<String> issuer();

    /** Samspel's client id at this provider. */
    Optional<String> clientId();

    /** The client secret: from the environment only. */
    Optional<String> clientSecret();

    /** The audience ({@code aud}) API tokens must carry; the client id unless set. */
    Optional<String> audience();
  }

  /** The provider of a municipality, when it has one of its own. */
  default Optional<Provider> of(MunicipalityId municipality) {
    return Optional.ofNullable(all().get(municipality.value())).map(Entry::oidc);
  }
}

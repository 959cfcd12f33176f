package se.samspel.common.http;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An expensive endpoint: each caller may call it at the rate {@code samspel.rate-limit.<value>}
 * allows (a token bucket per caller: the token's subject, or the client address without a token).
 * Beyond it the answer is 429 problem+json with {@code Retry-After}. See {@link RateLimiter}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

  /** The organisation import. */
  String IMPORT = "import";

  /** A policy upload. */
  String POLICY_UPLOAD = "policy-upload";

  /** The full review, as JSON or CSV. */
  String REVIEW = "review";

  /** The anonymised review, as JSON or CSV (no login: limited per client address). */
  String PUBLIC_REVIEW = "public-review";

  /** Which limit of {@code samspel.rate-limit.*} applies. */
  @Nonbinding
  String value();
}

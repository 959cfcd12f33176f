package se.samspel.common.http;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Enforces {@link RateLimited}: one token bucket per limit and caller, in the memory of this
 * instance (several instances each allow the full rate). The caller is the token's subject; a call
 * without a token is counted by its client address (the peer, or the forwarded address when {@code
 * quarkus.http.proxy.proxy-address-forwarding} is on). Runs after authentication and authorisation
 * and before the endpoint's work, so refused callers spend nothing and no work starts beyond the
 * limit.
 */
@RateLimited("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class RateLimiter {

  private final Map<String, Optional<RateLimit>> limits = new HashMap<>();
  private final TokenBuckets buckets = new TokenBuckets();
  private final Instance<SecurityIdentity> identity;
  private final Instance<RoutingContext> http;

  public RateLimiter(
      RateLimitConfig config, Instance<SecurityIdentity> identity, Instance<RoutingContext> http) {
    // Every configured limit is read at start: a malformed one stops the application.
    config.limits().forEach((name, value) -> limits.put(name, parse(name, value)));
    this.identity = identity;
    this.http = http;
  }

  @AroundInvoke
  Object limit(InvocationContext invocation) throws Exception {
    RateLimited marked = invocation.getMethod().getAnnotation(RateLimited.class);
    if (marked == null) {
      marked = invocation.getMethod().getDeclaringClass().getAnnotation(RateLimited.class);
    }
    if (marked != null) {
      check(marked.value());
    }
    return invocation.proceed();
  }

  private void check(String name) {
    Optional<RateLimit> limit = limits.get(name);
    if (limit == null) {
      throw new IllegalStateException("no samspel.rate-limit." + name + " is configured");
    }
    if (limit.isEmpty()) {
      return;
    }
    long wait = buckets.take(name + "|" + caller(), limit.get(), System.nanoTime());
    if (wait > 0) {
      throw new TooManyRequests(
          name, limit.get(), Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999L)));
    }
  }

  private String caller() {
    SecurityIdentity who = identity.get();
    if (!who.isAnonymous()) {
      return "subject:" + who.getPrincipal().getName();
    }
    SocketAddress address = http.get().request().remoteAddress();
    return "address:" + (address == null ? "unknown" : address.hostAddress());
  }

  private static Optional<RateLimit> parse(String name, String value) {
    try {
      return RateLimit.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("samspel.rate-limit." + name + ": " + e.getMessage(), e);
    }
  }
}

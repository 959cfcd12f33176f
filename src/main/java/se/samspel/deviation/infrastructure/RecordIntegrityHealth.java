package se.samspel.deviation.infrastructure;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import se.samspel.deviation.application.RecordVerification;
import se.samspel.deviation.application.RecordVerification.Verification;
import se.samspel.municipality.domain.MunicipalityId;

/**
 * The health group {@code record} ({@code /q/health/group/record}), apart from readiness and
 * liveness on purpose: DOWN when the last scheduled verification of any municipality's deviation
 * record found it broken, UP otherwise (also before the first verification, which the data says).
 * It reports the last result and never verifies itself, so probing it costs nothing.
 */
@HealthGroup("record")
@ApplicationScoped
public class RecordIntegrityHealth implements HealthCheck {

  private final RecordVerification verification;

  public RecordIntegrityHealth(RecordVerification verification) {
    this.verification = verification;
  }

  @Override
  public HealthCheckResponse call() {
    Map<MunicipalityId, Verification> last = verification.lastVerifications();
    HealthCheckResponseBuilder response = HealthCheckResponse.named("deviation-record");
    boolean intact = true;
    if (last.isEmpty()) {
      response.withData("verified", "not yet");
    }
    for (Map.Entry<MunicipalityId, Verification> each : last.entrySet()) {
      boolean ok = each.getValue().report().intact();
      intact &= ok;
      response.withData(
          each.getKey().value(),
          (ok ? "INTACT" : "BROKEN")
              + " at "
              + each.getValue().at()
              + headOrBreak(each.getValue()));
    }
    return response.status(intact).build();
  }

  private static String headOrBreak(Verification v) {
    return v.report()
        .firstBreak()
        .map(b -> ", first break: entry " + b.seq() + " " + b.reason())
        .orElse(", head " + v.report().headSeq() + " " + v.report().headHash());
  }
}

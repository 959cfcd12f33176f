package se.samspel.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samspel.deviation.api.DeviationResource;
import se.samspel.deviation.domain.RecordRights;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.domain.Roles;
import se.samspel.review.api.ReviewResource;

/**
 * The API keeps {@code @RolesAllowed} as a coarse gate before the one rule of who reads and
 * corrects the record ({@link RecordRights}, asked through {@code RecordAccess}): the gate's roles
 * must let through exactly the positions the rule allows, or the API and the pages would answer
 * differently.
 */
class RecordGateAgreesWithRecordRightsTest {

  /** The roles of {@code @RolesAllowed} on a resource method, read from the annotation itself. */
  private static Set<String> gate(Class<?> resource, String method) {
    Method found =
        Arrays.stream(resource.getDeclaredMethods())
            .filter(m -> m.getName().equals(method))
            .findFirst()
            .orElseThrow(() -> new AssertionError(resource.getSimpleName() + "." + method));
    return Set.of(found.getAnnotation(RolesAllowed.class).value());
  }

  /** GET /api/deviations, /verify, /{seq}, /api/review and /api/review.csv. */
  private static List<Set<String>> readGates() {
    return List.of(
        gate(DeviationResource.class, "list"),
        gate(DeviationResource.class, "verify"),
        gate(DeviationResource.class, "get"),
        gate(ReviewResource.class, "full"),
        gate(ReviewResource.class, "fullCsv"));
  }

  @Test
  void every_position_passes_the_read_gate_exactly_when_it_may_read_the_record() {
    for (Set<String> gate : readGates()) {
      for (PositionKind kind : PositionKind.values()) {
        assertThat(!Collections.disjoint(Roles.of(kind), gate))
            .as(kind.name() + " through " + gate)
            .isEqualTo(RecordRights.of(List.of(kind)).read());
      }
    }
  }

  @Test
  void every_position_passes_the_correction_gate_exactly_when_it_may_correct_the_record() {
    for (PositionKind kind : PositionKind.values()) {
      assertThat(!Collections.disjoint(Roles.of(kind), gate(DeviationResource.class, "correct")))
          .as(kind.name())
          .isEqualTo(RecordRights.of(List.of(kind)).correct());
    }
  }
}

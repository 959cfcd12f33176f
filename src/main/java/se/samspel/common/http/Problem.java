package se.samspel.common.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samspel.common.FieldProblem;

/**
 * An RFC 9457 problem detail, as every error of Samspel is answered with ({@code
 * application/problem+json}). {@code code} is a stable machine-readable name; {@code errors} names
 * each field at fault and why.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An RFC 9457 problem detail")
public record Problem(
    @Schema(example = "urn:samspel:problem:import-invalid") String type,
    @Schema(example = "The organisation cannot be imported") String title,
    @Schema(example = "422") int status,
    @Schema(example = "2 problems found; nothing was imported") String detail,
    @Schema(example = "/api/organisation/import") String instance,
    @Schema(example = "import-invalid") String code,
    List<FieldProblem> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(
      int status,
      String code,
      String title,
      String detail,
      String instance,
      List<FieldProblem> errors) {
    return new Problem(
        "urn:samspel:problem:" + code, title, status, detail, instance, code, errors);
  }
}

package se.samspel.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/**
 * The filter on a document built by hand, without Quarkus: what it adds to an operation follows
 * from the operation's shape alone ({@link OperationProblems}), and an error answer a resource
 * declared without a body becomes the shared one while keeping the resource's words.
 */
class ProblemResponsesFilterTest {

  private static final String REF = "#/components/responses/";

  @Test
  void an_operation_that_needs_a_login_and_takes_a_body_gets_every_answer_its_shape_implies() {
    Operation step =
        operation()
            .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
            .requestBody(OASFactory.createRequestBody())
            .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));

    Map<String, APIResponse> answers = filtered(step);

    assertThat(answers).containsOnlyKeys("200", "400", "401", "403", "413", "415", "500");
    assertThat(answers.get("415").getRef())
        .isEqualTo(REF + ProblemResponses.UNSUPPORTED_MEDIA_TYPE);
    assertThat(answers.get("500").getRef()).isEqualTo(REF + ProblemResponses.INTERNAL_ERROR);
    // A path parameter alone does not promise a 404: that is the resource's to declare.
    assertThat(answers).doesNotContainKey("404");
  }

  @Test
  void an_operation_that_reads_nothing_and_needs_no_login_can_only_fail_unexpectedly() {
    Map<String, APIResponse> answers = filtered(operation());

    assertThat(answers).containsOnlyKeys("200", "500");
  }

  @Test
  void a_query_parameter_makes_a_400() {
    Operation list =
        operation().addParameter(OASFactory.createParameter().name("size").in(Parameter.In.QUERY));

    assertThat(filtered(list)).containsOnlyKeys("200", "400", "500");
  }

  @Test
  void the_documents_security_counts_for_an_operation_that_sets_none() {
    OpenAPI document = document(operation());
    document.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));

    new ProblemResponses().filterOpenAPI(document);

    assertThat(answersOf(document)).containsKeys("401", "403");
  }

  @Test
  void an_error_declared_without_a_body_becomes_the_shared_one_keeping_its_description() {
    Operation withdraw = operation();
    withdraw
        .getResponses()
        .addAPIResponse("409", OASFactory.createAPIResponse().description("Already arranged"));
    APIResponse own =
        OASFactory.createAPIResponse()
            .description("Its own example")
            .content(
                OASFactory.createContent()
                    .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().example("x")));
    withdraw.getResponses().addAPIResponse("422", own);

    Map<String, APIResponse> answers = filtered(withdraw);

    assertThat(answers.get("409").getRef()).isEqualTo(REF + ProblemResponses.CONFLICT);
    assertThat(answers.get("409").getDescription()).isEqualTo("Already arranged");
    // One with a body of its own is left as it is.
    assertThat(answers.get("422")).isSameAs(own);
  }

  @Test
  void every_shared_answer_the_filter_refers_to_is_a_component() {
    OpenAPI document = document(operation());

    new ProblemResponses().filterOpenAPI(document);

    assertThat(document.getComponents().getResponses())
        .containsKeys(ProblemResponses.byStatus().values().toArray(String[]::new));
  }

  // ---- A document of one operation ----

  private static Operation operation() {
    return OASFactory.createOperation()
        .responses(
            OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("Done")));
  }

  private static OpenAPI document(Operation operation) {
    return OASFactory.createOpenAPI()
        .paths(
            OASFactory.createPaths()
                .addPathItem("/api/things/{id}", OASFactory.createPathItem().POST(operation)));
  }

  private static Map<String, APIResponse> filtered(Operation operation) {
    OpenAPI document = document(operation);
    new ProblemResponses().filterOpenAPI(document);
    return answersOf(document);
  }

  private static Map<String, APIResponse> answersOf(OpenAPI document) {
    return document
        .getPaths()
        .getPathItem("/api/things/{id}")
        .getPOST()
        .getResponses()
        .getAPIResponses();
  }
}

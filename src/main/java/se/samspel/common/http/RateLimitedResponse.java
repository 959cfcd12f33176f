package se.samspel.common.http;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The 429 answer of every {@link RateLimited} endpoint, written once in the OpenAPI document's
 * components: an endpoint documents it with {@code @APIResponse(responseCode = "429", ref =
 * RateLimitedResponse.REF)}. Registered by {@code mp.openapi.filter}.
 */
public class RateLimitedResponse implements OASFilter {

  /** The name of the shared response under {@code components.responses}. */
  public static final String REF = "TooManyRequests";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI
        .getComponents()
        .addResponse(
            REF,
            OASFactory.createAPIResponse()
                .description("Too many of these calls from you: wait the seconds Retry-After gives")
                .content(
                    OASFactory.createContent()
                        .addMediaType(
                            Problem.MEDIA_TYPE,
                            OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")))));
  }
}

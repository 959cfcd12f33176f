package se.samspel.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import se.samspel.common.StrictJson;

/**
 * Makes the application's one {@link ObjectMapper} — the one Quarkus REST reads every request body
 * with — strict as {@link StrictJson} says.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    StrictJson.configure(mapper);
  }
}

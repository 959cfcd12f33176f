package se.samspel.report.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.format.PolicyJson;
import se.samspel.policy.format.PolicyValidator;

/**
 * The rules of law that hold under every municipal policy (meddelarfrihet), as policy data in
 * {@code policies/statutory.json}, checked by the same validator as any policy.
 */
@ApplicationScoped
public class StatutoryRules {

  static final String RESOURCE = "policies/statutory.json";

  private final Policy policy;

  public StatutoryRules() {
    this.policy = load();
  }

  public Policy policy() {
    return policy;
  }

  private static Policy load() {
    try (InputStream in = StatutoryRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      PolicyValidator.Result result =
          PolicyValidator.validate(
              PolicyJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      if (result instanceof PolicyValidator.Result.Valid valid) {
        return valid.policy().withVersion(1);
      }
      throw new IllegalStateException(RESOURCE + " is invalid: " + result);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(RESOURCE + " is not valid JSON", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

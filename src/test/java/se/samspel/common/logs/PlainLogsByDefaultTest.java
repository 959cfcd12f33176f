package se.samspel.common.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.logging.Formatter;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.Test;

/** Without {@code SAMSPEL_LOG_JSON} the console stays plain text, as the embedded run has it. */
@QuarkusTest
class PlainLogsByDefaultTest {

  @Test
  void the_console_writes_plain_text_unless_json_is_switched_on() {
    Formatter console =
        JsonLogsTest.consoleFormatter(LogContext.getLogContext().getLogger("").getHandlers());
    assertThat(console).as("the console's formatter").isNotNull();
    assertThat(console.getClass().getName()).doesNotContainIgnoringCase("json");
  }
}

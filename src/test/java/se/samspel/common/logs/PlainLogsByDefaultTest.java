package se.samspel.common.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;

/** Without {@code SAMSPEL_LOG_JSON} the console stays plain text, as the embedded run has it. */
@QuarkusTest
class PlainLogsByDefaultTest {

  @Test
  void the_console_writes_plain_text_unless_json_is_switched_on() {
    Formatter console = consoleFormatter(LogContext.getLogContext().getLogger("").getHandlers());
    assertThat(console).as("the console's formatter").isNotNull();
    assertThat(console.getClass().getName()).doesNotContainIgnoringCase("json");
  }

  private static Formatter consoleFormatter(Handler[] handlers) {
    for (Handler handler : handlers) {
      if (handler instanceof ConsoleHandler) {
        return handler.getFormatter();
      }
      if (handler instanceof ExtHandler ext) {
        Formatter nested = consoleFormatter(ext.getHandlers());
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }
}

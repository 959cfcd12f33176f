package se.samspel.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule that makes H2 commits durable, on real H2 file databases: which databases it changes,
 * that it holds however often the file is opened, and that an operator's explicit choice is left
 * alone. That WRITE_DELAY 0 is enough against {@code kill -9} is shown by {@code DurabilityKillIT}.
 */
class H2DurableCommitsTest {

  @TempDir Path dir;

  @Test
  void h2_opens_a_file_with_its_default_delay_even_after_the_setting_was_stored() throws Exception {
    // Why the setting is applied on every connection rather than once: H2 2.x stores SET
    // WRITE_DELAY in the database but opens the file again with 500.
    String url = fileUrl("reopened");
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      assertThat(liveWriteDelay(c)).as("H2's default").isEqualTo(500);
      c.createStatement().execute("SET WRITE_DELAY 0");
      assertThat(liveWriteDelay(c)).isZero();
    }
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      assertThat(liveWriteDelay(c)).isEqualTo(500);
    }
  }

  @Test
  void every_new_connection_to_a_file_database_runs_with_write_delay_0() throws Exception {
    String url = fileUrl("plain");
    H2DurableCommits rule = new H2DurableCommits(url);
    assertThat(rule.writeDelay()).isEqualTo(OptionalInt.of(0));
    for (int opening = 0; opening < 2; opening++) {
      try (Connection c = DriverManager.getConnection(url, "sa", "")) {
        rule.onConnectionCreate(c);
        assertThat(liveWriteDelay(c)).isZero();
      }
    }
    String server = "jdbc:h2:tcp://localhost/~/samspel;MODE=PostgreSQL";
    assertThat(new H2DurableCommits(server).writeDelay()).isEqualTo(OptionalInt.of(0));
  }

  @Test
  void a_write_delay_named_in_the_url_is_the_operators_choice_and_left_alone() throws Exception {
    String url = fileUrl("explicit") + ";WRITE_DELAY=300";
    H2DurableCommits rule = new H2DurableCommits(url);
    assertThat(rule.writeDelay()).isEqualTo(OptionalInt.of(300));
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      rule.onConnectionCreate(c);
      assertThat(liveWriteDelay(c)).isEqualTo(300);
    }
    assertThat(new H2DurableCommits(fileUrl("zero") + ";write_delay=0").writeDelay())
        .isEqualTo(OptionalInt.of(0));
  }

  @Test
  void in_memory_h2_and_postgresql_are_left_alone() throws Exception {
    String memory = "jdbc:h2:mem:durable-commits-test;MODE=PostgreSQL";
    H2DurableCommits rule = new H2DurableCommits(memory);
    assertThat(rule.writeDelay()).isEmpty();
    try (Connection c = DriverManager.getConnection(memory, "sa", "")) {
      c.createStatement().execute("SET WRITE_DELAY 500");
      rule.onConnectionCreate(c);
      assertThat(storedWriteDelay(c)).as("no SET was executed").isEqualTo(500);
    }
    assertThat(new H2DurableCommits("jdbc:postgresql://db:5432/samspel").writeDelay()).isEmpty();
  }

  @Test
  void a_user_without_admin_rights_gets_no_connection() throws Exception {
    String url = fileUrl("rights");
    try (Connection admin = DriverManager.getConnection(url, "sa", "");
        Statement s = admin.createStatement()) {
      s.execute("CREATE USER app PASSWORD 'secret'");
      try (Connection app = DriverManager.getConnection(url, "app", "secret")) {
        assertThatThrownBy(() -> new H2DurableCommits(url).onConnectionCreate(app))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("SET WRITE_DELAY 0")
            .hasMessageContaining("admin");
      }
    }
  }

  private String fileUrl(String name) {
    return "jdbc:h2:file:"
        + dir.resolve(name)
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  /** The delay the open database runs with: its MVStore's auto-commit delay, in milliseconds. */
  private static int liveWriteDelay(Connection c) throws SQLException {
    SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
    return session.getDatabase().getWriteDelay();
  }

  /** The stored setting (an in-memory database has no store to ask). */
  private static int storedWriteDelay(Connection c) throws SQLException {
    SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
    return session.getDatabase().findSetting("WRITE_DELAY").getIntValue();
  }
}

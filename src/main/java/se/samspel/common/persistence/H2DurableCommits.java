package se.samspel.common.persistence;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes every commit on an H2 database reach the database file before the commit returns, so that
 * an answered write survives the JVM being killed at any moment after the answer.
 *
 * <p>Why: H2's MVStore writes committed changes to its file from a background thread every {@code
 * WRITE_DELAY} milliseconds (default 500). A JVM killed inside that window loses transactions that
 * were committed and answered, and a deviation number lost that way is handed out again after the
 * restart. With {@code WRITE_DELAY} 0 H2 runs no background writer: the committing thread itself
 * writes the transaction's chunk to the file ({@code TransactionStore.endTransaction} → {@code
 * MVStore.commit()} under the store lock, in H2 2.3 and 2.4) before the commit returns. It does not
 * {@code fsync}: the write is in the operating system's page cache, which survives the process but
 * not an operating-system crash or power loss (README, "Durability").
 *
 * <p>How: an Agroal pool interceptor of the default datasource; on every new physical connection to
 * an H2 database that is not in memory it executes {@code SET WRITE_DELAY 0}. Every connection, not
 * once at start, because H2 2.x does not bring the setting back when a database file is opened
 * again (it stores it, but opens with the URL's or the default 500), and H2 closes an embedded
 * database when the pool has dropped its last idle connection. Flyway and the demo seed get the
 * setting too, since they use the same pool.
 *
 * <p>Left alone: PostgreSQL (its commit waits for the WAL flush); in-memory H2 ({@code
 * jdbc:h2:mem:}, which keeps nothing over a restart anyway); and a URL that names {@code
 * WRITE_DELAY} itself, the operator's explicit choice, which H2 applies on each connection (a value
 * above 0 is logged once as a warning naming the window in which acknowledged writes can be lost).
 *
 * <p>Errors: {@code SET WRITE_DELAY} needs H2 admin rights. A user without them gets no connection
 * (an {@link IllegalStateException} naming the remedy), so Samspel does not start rather than run
 * without durable commits.
 */
@ApplicationScoped
@Unremovable
public class H2DurableCommits implements AgroalPoolInterceptor {

  private static final Logger LOG = Logger.getLogger(H2DurableCommits.class);

  /** {@code ;WRITE_DELAY=n} in an H2 URL (setting names are case-insensitive). */
  private static final Pattern URL_WRITE_DELAY =
      Pattern.compile(";\\s*WRITE_DELAY\\s*=\\s*(-?\\d+)", Pattern.CASE_INSENSITIVE);

  private final String url;
  private final AtomicBoolean logged = new AtomicBoolean();

  /**
   * @param url the default datasource's JDBC URL ({@code quarkus.datasource.jdbc.url}, in the
   *     embedded default {@code jdbc:h2:file:./data/samspel;…}, else {@code SAMSPEL_DB_URL})
   */
  @Inject
  public H2DurableCommits(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
    this.url = url;
  }

  /**
   * The write delay, in milliseconds, that commits on this datasource run with once a connection
   * has been through {@link #onConnectionCreate}: 0 (written to the file before the commit returns)
   * for an H2 file or server database, the URL's own value where it names one, empty for in-memory
   * H2 and for other databases, which this class leaves alone.
   */
  public OptionalInt writeDelay() {
    if (!url.regionMatches(true, 0, "jdbc:h2:", 0, 8)
        || url.regionMatches(true, 0, "jdbc:h2:mem:", 0, 12)) {
      return OptionalInt.empty();
    }
    Matcher explicit = URL_WRITE_DELAY.matcher(url);
    return OptionalInt.of(explicit.find() ? Integer.parseInt(explicit.group(1)) : 0);
  }

  /**
   * Sets {@code WRITE_DELAY 0} on a new connection where {@link #writeDelay()} asks for it.
   *
   * @throws IllegalStateException when H2 refuses the setting (no admin rights)
   */
  @Override
  public void onConnectionCreate(Connection connection) {
    OptionalInt delay = writeDelay();
    if (delay.isEmpty()) {
      return;
    }
    if (URL_WRITE_DELAY.matcher(url).find()) {
      if (delay.getAsInt() > 0 && logged.compareAndSet(false, true)) {
        LOG.warnf(
            "The database URL sets WRITE_DELAY=%d: H2 writes commits to its file up to %d ms"
                + " after Samspel has answered them, and a JVM killed in that time loses what it"
                + " acknowledged. Remove the setting (or set 0) for durable commits.",
            delay.getAsInt(), delay.getAsInt());
      }
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET WRITE_DELAY 0");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot make H2 commits durable: SET WRITE_DELAY 0 was refused ("
              + e.getMessage()
              + "). The database user must be an H2 admin (ALTER USER … ADMIN TRUE).",
          e);
    }
    if (logged.compareAndSet(false, true)) {
      LOG.info(
          "H2: WRITE_DELAY 0 on every connection, each commit is written to the database file"
              + " before it returns");
    }
  }
}

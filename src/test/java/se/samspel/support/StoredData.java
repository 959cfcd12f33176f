package se.samspel.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What the database holds, to show that refused input changed none of it. */
public final class StoredData {

  private StoredData() {}

  /** Every table of the schema: its row count and a hash of its rows' content. */
  public static Map<String, String> snapshot(AgroalDataSource dataSource) throws Exception {
    Map<String, String> tables = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> names = new ArrayList<>();
      try (ResultSet rs =
          meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME"));
        }
      }
      assertThat(names)
          .as("tables")
          .anySatisfy(n -> assertThat(n.toLowerCase(Locale.ROOT)).isEqualTo("deviation_entry"));
      for (String table : names) {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
            ResultSet rs = statement.executeQuery("select * from " + table)) {
          ResultSetMetaData columns = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
              row.append(columns.getColumnName(i))
                  .append('=')
                  .append(rs.getString(i))
                  .append('\u001f');
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        rows.forEach(r -> digest.update(r.getBytes(StandardCharsets.UTF_8)));
        tables.put(
            table.toLowerCase(Locale.ROOT),
            rows.size() + " rows " + HexFormat.of().formatHex(digest.digest()));
      }
    }
    return tables;
  }
}

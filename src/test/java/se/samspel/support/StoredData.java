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

/**
 * What the database holds, to show that refused input changed none of it, or that two ways of
 * writing the same change wrote the same rows.
 */
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

  /**
   * The rows a query answers, in its order, each as {@code column=value} of every column but those
   * left out (ids a sequence gave, say), and with {@code replace}'s keys replaced by its values in
   * every value (one request's id by another's, say).
   *
   * @param parameter the value of the query's one {@code ?}
   */
  public static List<String> rows(
      AgroalDataSource dataSource,
      String sql,
      String parameter,
      java.util.Set<String> leaveOut,
      Map<String, String> replace)
      throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData columns = rs.getMetaData();
        while (rs.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= columns.getColumnCount(); i++) {
            String column = columns.getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (leaveOut.contains(column)) {
              continue;
            }
            String value = rs.getString(i);
            if (value != null) {
              for (Map.Entry<String, String> r : replace.entrySet()) {
                value = value.replace(r.getKey(), r.getValue());
              }
            }
            row.append(column).append('=').append(value).append(' ');
          }
          rows.add(row.toString().trim());
        }
      }
    }
    return rows;
  }
}

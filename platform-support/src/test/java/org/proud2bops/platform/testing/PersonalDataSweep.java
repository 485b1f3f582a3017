package org.proud2bops.platform.testing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Looks for a person in a whole database, whatever its tables: every text, JSON and binary column of every table in
 * the {@code public} schema, as found in {@code information_schema}, so a table or column added later is swept too.
 */
public final class PersonalDataSweep {

    private static final String SWEPT_COLUMNS = """
            select c.table_name, c.column_name, c.data_type
            from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
              and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')
            order by c.table_name, c.column_name""";

    private PersonalDataSweep() {}

    /**
     * @param texts what identifies the person (name, email, job title, subject, ...); text columns match ignoring
     *     case, binary ones byte for byte (UTF-8)
     * @return {@code "table.column: text"} of every column holding one of the texts, with the number of rows
     */
    public static Map<String, Long> mentions(Connection connection, Collection<String> texts) throws SQLException {
        Map<String, Long> found = new TreeMap<>();
        for (SweptColumn column : sweptColumns(connection)) {
            for (String text : texts) {
                long rows = rowsMentioning(connection, column, text);
                if (rows > 0) {
                    found.put(column.table() + "." + column.column() + ": " + text, rows);
                }
            }
        }
        return found;
    }

    /** How many columns the sweep reads, to show it saw the database at all. */
    public static int sweptColumnCount(Connection connection) throws SQLException {
        return sweptColumns(connection).size();
    }

    private record SweptColumn(String table, String column, boolean binary) {}

    private static List<SweptColumn> sweptColumns(Connection connection) throws SQLException {
        List<SweptColumn> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SWEPT_COLUMNS);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                columns.add(
                        new SweptColumn(result.getString(1), result.getString(2), "bytea".equals(result.getString(3))));
            }
        }
        return columns;
    }

    private static long rowsMentioning(Connection connection, SweptColumn column, String text) throws SQLException {
        String condition = column.binary()
                ? "position(? in \"" + column.column() + "\") > 0"
                : "\"" + column.column() + "\"::text ilike ?";
        try (PreparedStatement statement =
                connection.prepareStatement("select count(*) from \"" + column.table() + "\" where " + condition)) {
            if (column.binary()) {
                statement.setBytes(1, text.getBytes(StandardCharsets.UTF_8));
            } else {
                statement.setString(
                        1, "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}

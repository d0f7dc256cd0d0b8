package org.rhetoriclake.spark.bi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes Trino's {@code delta.<database>} schema list exactly the Delta tables of a warehouse: each table
 * folder of {@code <warehouse>/<database>.db/} that has a {@code _delta_log} is registered under its folder
 * name ({@code register_table}), a name registered at another folder is registered again at the warehouse's,
 * and a name whose table is no longer in the warehouse is unregistered (its files are never touched).
 * Running it twice changes nothing the second time.
 */
public final class TrinoCatalog {
    /** The Trino catalog configured in {@code conf/trino/catalog/delta.properties}. */
    public static final String CATALOG = "delta";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern LOCATION = Pattern.compile("(?m)^\\s*location\\s*=\\s*'((?:[^']|'')*)'");

    private TrinoCatalog() {
    }

    /**
     * What to change in the catalog.
     *
     * @param register   tables to register, name to folder
     * @param reregister tables registered at another folder (or unreadable), name to the warehouse's folder
     * @param unregister names registered whose table is not in the warehouse
     * @param unchanged  names already registered at the right folder
     */
    public record Plan(Map<String, Path> register, Map<String, Path> reregister, List<String> unregister,
                       List<String> unchanged) {
        public Plan {
            // Sorted by name, so reports and the order of the calls are the same every time.
            register = Collections.unmodifiableMap(new TreeMap<>(register));
            reregister = Collections.unmodifiableMap(new TreeMap<>(reregister));
            unregister = List.copyOf(unregister);
            unchanged = List.copyOf(unchanged);
        }

        public boolean changesNothing() {
            return register.isEmpty() && reregister.isEmpty() && unregister.isEmpty();
        }
    }

    /**
     * The plan that makes the catalog match the warehouse.
     *
     * @param tables     the warehouse's tables, name to folder ({@link #warehouseTables})
     * @param registered the catalog's tables, name to location as Trino reports it ({@code file:///...});
     *                   an empty location is a table Trino cannot read any more
     */
    public static Plan plan(Map<String, Path> tables, Map<String, Optional<String>> registered) {
        Map<String, Path> register = new TreeMap<>();
        Map<String, Path> reregister = new TreeMap<>();
        List<String> unregister = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        new TreeMap<>(tables).forEach((name, folder) -> {
            if (!registered.containsKey(name)) {
                register.put(name, folder);
            } else if (registered.get(name).map(loc -> samePath(loc, folder)).orElse(false)) {
                unchanged.add(name);
            } else {
                reregister.put(name, folder);
            }
        });
        new TreeMap<>(registered).keySet().stream().filter(n -> !tables.containsKey(n)).forEach(unregister::add);
        return new Plan(register, reregister, unregister, unchanged);
    }

    /** True when a location Trino reports ({@code file:///a/b/}, {@code local:///a/b}, {@code /a/b}) is {@code folder}. */
    static boolean samePath(String location, Path folder) {
        String path = location.strip();
        if (path.startsWith("file:") || path.startsWith("local:")) {
            path = URI.create(path.replaceFirst("^local:", "file:")).getPath();
        }
        if (path == null || path.isEmpty()) {
            return false;
        }
        return Path.of(path).toAbsolutePath().normalize().equals(folder.toAbsolutePath().normalize());
    }

    /** The {@code location = '...'} of a {@code SHOW CREATE TABLE} answer. */
    static Optional<String> locationOf(String showCreateTable) {
        Matcher m = LOCATION.matcher(showCreateTable);
        return m.find() ? Optional.of(m.group(1).replace("''", "'")) : Optional.empty();
    }

    /**
     * The Delta tables of {@code <warehouse>/<database>.db/}: sub-folders holding a {@code _delta_log}
     * folder, by folder name. Folder names that are not plain identifiers are left out (the job never writes
     * one, and they could not be named in SQL unquoted).
     */
    public static Map<String, Path> warehouseTables(Path warehouse, String database) {
        Path db = warehouse.toAbsolutePath().normalize().resolve(database + ".db");
        Map<String, Path> out = new TreeMap<>();
        if (!Files.isDirectory(db)) {
            return out;
        }
        try (Stream<Path> dirs = Files.list(db)) {
            dirs.filter(d -> Files.isDirectory(d.resolve("_delta_log")))
                    .filter(d -> IDENTIFIER.matcher(d.getFileName().toString()).matches())
                    .forEach(d -> out.put(d.getFileName().toString(), d));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + db + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** A connection to the server as {@code user} (no password: the endpoint listens on loopback only). */
    public static Connection connect(String jdbcUrl, String user) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        return DriverManager.getConnection(jdbcUrl, p);
    }

    /** Registers the warehouse's tables in {@code delta.<database>} and returns what it did. */
    public static Plan register(Connection c, Path warehouse, String database) throws SQLException {
        if (!IDENTIFIER.matcher(database).matches()) {
            throw new IllegalArgumentException("database must be a plain lower-case identifier: " + database);
        }
        Path dbFolder = warehouse.toAbsolutePath().normalize().resolve(database + ".db");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + CATALOG + "." + database + " WITH (location = "
                    + literal(dbFolder.toUri().toString()) + ")");
            Plan plan = plan(warehouseTables(warehouse, database), registered(s, database));
            for (String name : plan.unregister()) {
                unregister(s, database, name);
            }
            for (Map.Entry<String, Path> e : plan.reregister().entrySet()) {
                unregister(s, database, e.getKey());
                registerTable(s, database, e.getKey(), e.getValue());
            }
            for (Map.Entry<String, Path> e : plan.register().entrySet()) {
                registerTable(s, database, e.getKey(), e.getValue());
            }
            return plan;
        }
    }

    private static Map<String, Optional<String>> registered(Statement s, String database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SHOW TABLES FROM " + CATALOG + "." + database)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        Map<String, Optional<String>> out = new TreeMap<>();
        for (String name : names) {
            if (!IDENTIFIER.matcher(name).matches()) {
                continue;
            }
            try (ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + CATALOG + "." + database + "." + name)) {
                out.put(name, rs.next() ? locationOf(rs.getString(1)) : Optional.empty());
            } catch (SQLException e) {
                // A registered folder that was deleted or is no Delta table any more: Trino cannot describe it.
                out.put(name, Optional.empty());
            }
        }
        return out;
    }

    private static void registerTable(Statement s, String database, String name, Path folder) throws SQLException {
        s.execute("CALL " + CATALOG + ".system.register_table(schema_name => " + literal(database) + ", table_name => "
                + literal(name) + ", table_location => " + literal(folder.toAbsolutePath().normalize().toUri().toString()) + ")");
    }

    private static void unregister(Statement s, String database, String name) throws SQLException {
        s.execute("CALL " + CATALOG + ".system.unregister_table(schema_name => " + literal(database)
                + ", table_name => " + literal(name) + ")");
    }

    /** A SQL string literal: quotes doubled, so a folder name cannot end the string. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}

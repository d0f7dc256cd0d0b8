package org.rhetoriclake.spark.bi;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rhetoriclake.core.config.ConfigLoader;
import org.rhetoriclake.core.config.JobConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/trino}: a local Trino server over the warehouse, for BI tools and JDBC clients. The script
 * unpacks the server on first use and then runs this class on the project's Java 17; the server itself runs
 * on a Java 22+ found by {@link TrinoSetup#findJava}.
 * Exit codes: 0 success, 1 failure (no Java 22+, start timed out, SQL error), 2 usage error.
 */
@Command(name = "trino", mixinStandardHelpOptions = true,
        description = "Local Trino SQL endpoint (127.0.0.1, no authentication) over the warehouse's Delta tables.",
        subcommands = {TrinoCli.Start.class, TrinoCli.Stop.class, TrinoCli.Status.class, TrinoCli.Register.class,
                TrinoCli.Sql.class, CommandLine.HelpCommand.class})
public final class TrinoCli {
    /** The user name JDBC clients pass; Trino without authentication accepts any. */
    static final String USER = "rhetoric";

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.err), true,
                StandardCharsets.UTF_8), true);
        System.exit(execute(out, err, args));
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new TrinoCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("trino: " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Where the server, its state and the warehouse are; shared by every subcommand. */
    static final class Options {
        @Option(names = "--warehouse", paramLabel = "DIR", description = "Folder of the Delta tables (default: warehouse/ in the project, or conf/rhetoric.properties).")
        Path warehouse;

        @Option(names = "--port", paramLabel = "N", description = "HTTP port on 127.0.0.1 (default: RHETORIC_TRINO_PORT, else 8089).")
        Integer port;

        @Option(names = "--state", paramLabel = "DIR", description = "Folder of the server's configuration, logs and registrations (default: RHETORIC_TRINO_STATE, else .tools/trino-state in the project).")
        Path state;

        static Path home() {
            String home = System.getProperty("rhetoric.home");
            return Path.of(home != null ? home : "").toAbsolutePath().normalize();
        }

        int port() {
            if (port != null) {
                return port;
            }
            String env = System.getenv("RHETORIC_TRINO_PORT");
            try {
                return env == null || env.isBlank() ? 8089 : Integer.parseInt(env.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("RHETORIC_TRINO_PORT is not a port number: " + env);
            }
        }

        TrinoServer server() {
            String serverHome = System.getProperty("rhetoric.trino.server");
            Path server = serverHome != null ? Path.of(serverHome) : home().resolve(".tools/trino-server-476");
            String envState = System.getenv("RHETORIC_TRINO_STATE");
            Path st = state != null ? state
                    : envState != null && !envState.isBlank() ? Path.of(envState) : home().resolve(".tools/trino-state");
            return new TrinoServer(server, st, port());
        }

        JobConfig config() {
            Path home = home();
            Map<String, String> cli = warehouse == null ? Map.of()
                    : Map.of(JobConfig.WAREHOUSE, warehouse.toAbsolutePath().normalize().toString());
            return ConfigLoader.load(home, home.resolve("conf/rhetoric.properties"), cli);
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start the server (if it is not running), wait until it is ready, then register the warehouse's tables.")
    static final class Start implements Callable<Integer> {
        @Mixin
        Options options;

        @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long to wait for the server (default: RHETORIC_TRINO_START_TIMEOUT, else 240).")
        Integer timeout;

        @Option(names = "--no-register", description = "Only start; register later with bin/trino register.")
        boolean noRegister;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws SQLException {
            PrintWriter out = spec.commandLine().getOut();
            TrinoServer server = options.server();
            JobConfig config = options.config();
            if (server.running()) {
                out.println("trino: already running on 127.0.0.1:" + server.port() + " (state " + server.state() + ")");
            } else {
                if (server.info() != null) {
                    throw new IllegalStateException("another server already answers on 127.0.0.1:" + server.port()
                            + "; choose another port with --port or RHETORIC_TRINO_PORT");
                }
                Path java = TrinoSetup.findJava(System.getenv("TRINO_JAVA_HOME"), Path.of("/usr/lib/jvm"));
                String heap = System.getenv().getOrDefault("RHETORIC_TRINO_HEAP", "2G");
                long t0 = System.nanoTime();
                server.start(Options.home().resolve("conf/trino"), java, heap);
                server.awaitReady(Duration.ofSeconds(timeout != null ? timeout : envSeconds("RHETORIC_TRINO_START_TIMEOUT", 240)));
                out.printf(Locale.ROOT, "trino: started on 127.0.0.1:%d in %.1f s (Java %s, heap %s; log %s)%n", server.port(),
                        (System.nanoTime() - t0) / 1e9, java, heap, server.serverLog());
            }
            if (!noRegister) {
                Register.registerAndReport(server, config, out);
            }
            out.println("trino: JDBC " + server.jdbcUrl(config.database()) + " (user any name, e.g. " + USER + ")");
            return 0;
        }
    }

    static long envSeconds(String name, long fallback) {
        String v = System.getenv(name);
        try {
            return v == null || v.isBlank() ? fallback : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number of seconds: " + v);
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the server.")
    static final class Stop implements Callable<Integer> {
        @Mixin
        Options options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            TrinoServer server = options.server();
            spec.commandLine().getOut().println(server.stop() ? "trino: stopped" : "trino: not running (state " + server.state() + ")");
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Say whether the server runs and is ready; exit 0 when ready, 3 when not running.")
    static final class Status implements Callable<Integer> {
        @Mixin
        Options options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            TrinoServer server = options.server();
            PrintWriter out = spec.commandLine().getOut();
            if (!server.running()) {
                out.println("trino: not running (state " + server.state() + ")");
                return 3;
            }
            boolean ready = TrinoServer.ready(server.info());
            out.println("trino: running on 127.0.0.1:" + server.port() + (ready ? ", ready" : ", starting")
                    + " (log " + server.serverLog() + ")");
            return ready ? 0 : 1;
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Register every Delta table of the warehouse as delta.<database>.<table> (again where the folder changed; tables gone from the warehouse are unregistered).")
    static final class Register implements Callable<Integer> {
        @Mixin
        Options options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws SQLException {
            registerAndReport(options.server(), options.config(), spec.commandLine().getOut());
            return 0;
        }

        static void registerAndReport(TrinoServer server, JobConfig config, PrintWriter out) throws SQLException {
            try (Connection c = TrinoCatalog.connect(server.jdbcUrl(config.database()), USER)) {
                TrinoCatalog.Plan plan = TrinoCatalog.register(c, config.warehouse(), config.database());
                out.println("trino: " + TrinoCatalog.CATALOG + "." + config.database() + " <- " + config.warehouse()
                        + ": registered " + plan.register().keySet() + ", re-registered " + plan.reregister().keySet()
                        + ", unregistered " + plan.unregister() + ", unchanged " + plan.unchanged().size());
                if (plan.register().isEmpty() && plan.reregister().isEmpty() && plan.unchanged().isEmpty()) {
                    out.println("trino: no Delta table under " + config.warehouse().resolve(config.database() + ".db")
                            + " yet; run the job, then bin/trino register");
                }
            }
        }
    }

    /** A value as one cell: timestamps as ISO-8601 UTC whatever the JVM's zone, tabs and newlines as spaces. */
    static String text(Object v) {
        if (v == null) {
            return "NULL";
        }
        String s = v instanceof java.sql.Timestamp t ? t.toInstant().toString() : v.toString();
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    @Command(name = "sql", mixinStandardHelpOptions = true, description = "Run one SQL statement on the server and print its rows (tab-separated, header first).")
    static final class Sql implements Callable<Integer> {
        @Mixin
        Options options;

        @Parameters(paramLabel = "SQL", description = "The statement, e.g. \"SELECT count(*) FROM articles\" (catalog delta, schema rhetoric).")
        String sql;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws SQLException {
            PrintWriter out = spec.commandLine().getOut();
            try (Connection c = TrinoCatalog.connect(options.server().jdbcUrl(options.config().database()), USER);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(sql)) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    header.add(md.getColumnLabel(i));
                }
                out.println(String.join("\t", header));
                long n = 0;
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.add(text(rs.getObject(i)));
                    }
                    out.println(String.join("\t", row));
                    n++;
                }
                out.println("(" + n + " rows)");
            }
            return 0;
        }
    }
}

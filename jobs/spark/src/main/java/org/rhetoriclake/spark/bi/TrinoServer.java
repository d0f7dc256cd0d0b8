package org.rhetoriclake.spark.bi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One local Trino server: the unpacked distribution ({@code serverHome}, never written to) and a state folder
 * with everything a start writes (etc/, data/ with logs and the pid file, metastore/ with the registrations,
 * plugins/ with the one connector loaded). Two states (e.g. a test's and the user's) are two servers.
 *
 * <p>The server runs as a daemon through Trino's own {@code bin/launcher}, which keeps the pid file, so
 * {@code stop} and {@code status} work from any later process.
 */
public final class TrinoServer {
    private static final Pattern NOT_STARTING = Pattern.compile("\"starting\"\\s*:\\s*false");

    private final Path serverHome;
    private final Path state;
    private final int port;

    public TrinoServer(Path serverHome, Path state, int port) {
        this.serverHome = serverHome.toAbsolutePath().normalize();
        this.state = state.toAbsolutePath().normalize();
        this.port = port;
    }

    public int port() {
        return port;
    }

    public Path state() {
        return state;
    }

    /** The server log: the first place to look when a start fails. */
    public Path serverLog() {
        return state.resolve("data/var/log/server.log");
    }

    public Path launcherLog() {
        return state.resolve("data/var/log/launcher.log");
    }

    /** The JDBC URL of the catalog and schema the warehouse is registered in. */
    public String jdbcUrl(String schema) {
        return "jdbc:trino://127.0.0.1:" + port + "/delta/" + schema;
    }

    /** True when the body of {@code /v1/info} says the server has finished starting. */
    static boolean ready(String infoJson) {
        return infoJson != null && NOT_STARTING.matcher(infoJson).find();
    }

    /**
     * Writes the configuration and starts the server on {@code javaHome}; returns at once (see
     * {@link #awaitReady}).
     */
    public void start(Path templates, Path javaHome, String heap) {
        Path launcher = serverHome.resolve("bin/launcher");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("no Trino server at " + serverHome + " (bin/trino start unpacks it)");
        }
        Path connector = serverHome.resolve("plugin/delta-lake");
        if (!Files.isDirectory(connector)) {
            throw new IllegalStateException("the Trino server at " + serverHome + " has no plugin/delta-lake");
        }
        try {
            Files.createDirectories(state.resolve("metastore"));
            Files.createDirectories(state.resolve("data/var/log"));
            Path plugins = state.resolve("plugins");
            Files.createDirectories(plugins);
            Path link = plugins.resolve("delta-lake");
            // The link is rewritten each start: the server folder may have moved since the last one.
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, connector);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Trino state folder " + state + ": " + e.getMessage(), e);
        }
        TrinoSetup.writeConfig(templates, state.resolve("etc"), TrinoSetup.values(state, port, heap));
        List<String> cmd = launcherCommand("start");
        cmd.add(2, "-jvm-dir");
        cmd.add(3, javaHome.toString());
        Result r = run(cmd);
        if (r.code != 0) {
            throw new IllegalStateException("the Trino launcher failed to start the server (exit " + r.code + "): "
                    + r.output.strip() + "; see " + launcherLog() + " and " + serverLog());
        }
    }

    /**
     * Waits until {@code /v1/info} says the server has started.
     *
     * @throws IllegalStateException when the server process ends or the timeout passes, naming the log
     */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (ready(info(http))) {
                return;
            }
            if (!running()) {
                throw new IllegalStateException("the Trino server stopped while starting; see " + serverLog()
                        + tail(serverLog(), 30));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Trino server did not finish starting within " + timeout.toSeconds()
                        + " s; it is still running (bin/trino stop ends it); see " + serverLog() + tail(serverLog(), 30));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Trino", e);
            }
        }
    }

    /** The body of {@code /v1/info} on this server's port, or null when nothing answers there. */
    public String info() {
        return info(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    }

    private String info(HttpClient http) {
        try {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/info"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return res.statusCode() == 200 ? res.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** True when the launcher's pid file names a live process. */
    public boolean running() {
        return Files.isDirectory(state.resolve("etc")) && run(launcherCommand("status")).code == 0;
    }

    /** Stops the server (SIGTERM, the launcher waits for it to end); true when one was running. */
    public boolean stop() {
        if (!running()) {
            return false;
        }
        Result r = run(launcherCommand("stop"));
        if (r.code != 0) {
            throw new IllegalStateException("the Trino launcher failed to stop the server (exit " + r.code + "): "
                    + r.output.strip());
        }
        return true;
    }

    private List<String> launcherCommand(String action) {
        List<String> cmd = new ArrayList<>();
        cmd.add(serverHome.resolve("bin/launcher").toString());
        cmd.add(action);
        cmd.addAll(List.of("-etc-dir", state.resolve("etc").toString(), "-data-dir", state.resolve("data").toString(),
                "-server-log-file", serverLog().toString(), "-launcher-log-file", launcherLog().toString()));
        return cmd;
    }

    private record Result(int code, String output) {
    }

    private static Result run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.waitFor(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cmd.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + cmd.get(0), e);
        }
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "; its last lines:\n" + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}

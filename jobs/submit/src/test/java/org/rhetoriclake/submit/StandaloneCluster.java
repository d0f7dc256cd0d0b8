package org.rhetoriclake.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on this machine: one master and one worker, each a child JVM started from the Spark
 * jars of {@link SubmitBuild#sparkHome()}, bound to 127.0.0.1 on free ports. The worker launches drivers (cluster
 * deploy mode) and executors itself, with a classpath it builds from {@code SPARK_HOME/jars}, in folders under
 * {@link #workDir()}; their stdout and stderr stay there for {@link #logs()}.
 *
 * <p>Closing stops the worker's drivers and executors, then the worker, then the master.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SubmitBuild build;
    private final Path dir;
    private final int masterPort = freePort();
    private final int masterWebPort = freePort();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process master;
    private Process worker;

    private StandaloneCluster(SubmitBuild build, Path dir) {
        this.build = build;
        this.dir = dir;
    }

    /**
     * Starts the master and a worker offering {@code cores} cores and {@code memory} (e.g. {@code 5g}) to
     * drivers and executors, and waits until the master lists the worker as alive.
     */
    static StandaloneCluster start(SubmitBuild build, Path dir, int cores, String memory) throws IOException, InterruptedException {
        StandaloneCluster c = new StandaloneCluster(build, Files.createDirectories(dir));
        try {
            // The master's REST submission server is off (it would take port 6066, shared by every test run here).
            c.master = c.daemon("master", List.of("-Dspark.master.rest.enabled=false"),
                    "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", Integer.toString(c.masterPort),
                    "--webui-port", Integer.toString(c.masterWebPort));
            c.awaitMaster(json -> true, "the master's web UI answering");
            c.worker = c.daemon("worker", List.of(), "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--port", Integer.toString(freePort()), "--webui-port", Integer.toString(freePort()),
                    "--cores", Integer.toString(cores), "--memory", memory,
                    "--work-dir", Files.createDirectories(c.workDir()).toString(), c.masterUrl());
            c.awaitMaster(json -> json.path("aliveworkers").asInt() == 1, "one alive worker");
            return c;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            c.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** Where the worker puts each driver ({@code driver-*}) and application ({@code app-*}/executor id). */
    Path workDir() {
        return dir.resolve("work");
    }

    /**
     * The environment of every Spark process here: the SPARK_HOME the worker builds launch classpaths from, the
     * loopback address, the Scala version (the launcher's fallback for finding it needs a source checkout).
     */
    Map<String, String> environment() {
        return Map.of("SPARK_HOME", build.sparkHome().toString(), "SPARK_LOCAL_IP", "127.0.0.1",
                "SPARK_SCALA_VERSION", "2.13");
    }

    /** A {@code java} command on the Spark runtime's classpath with the Java 17 flags. */
    List<String> javaCommand(String heap, List<String> systemProperties, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.addAll(build.jvmFlags());
        command.addAll(systemProperties);
        command.addAll(List.of("-cp", build.sparkClasspath(), mainClass));
        command.addAll(args);
        return command;
    }

    /** The master's state as its web UI gives it ({@code /json/}): workers, applications, drivers. */
    JsonNode state() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterWebPort + "/json/"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("master /json/ answered " + r.statusCode());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("master web UI on port " + masterWebPort + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines of every log here: master, worker, each driver's and executor's stdout and stderr. */
    String logs() {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("stdout|stderr|.*\\.log")).sorted().toList()) {
                out.append("\n===== ").append(f).append(" (last lines) =====\n").append(tail(f, 60));
            }
        } catch (IOException | UncheckedIOException e) {
            out.append("\n(cannot list ").append(dir).append(": ").append(e.getMessage()).append(")");
        }
        return out.toString();
    }

    /** Every {@code name} file (stdout, stderr) of the drivers, or of the executors when {@code executors}. */
    List<Path> processLogs(boolean executors, String name) throws IOException {
        if (!Files.isDirectory(workDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(workDir())) {
            return files.filter(f -> f.getFileName().toString().equals(name))
                    .filter(f -> workDir().relativize(f).toString().startsWith(executors ? "app-" : "driver-"))
                    .sorted().toList();
        }
    }

    @Override
    public void close() {
        stop(worker);
        stop(master);
    }

    /** Children first: the worker's drivers and executors are its descendants. */
    private static void stop(Process p) {
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
    }

    private Process daemon(String name, List<String> systemProperties, String mainClass, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(javaCommand("512m", systemProperties, mainClass, List.of(args)))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().putAll(environment());
        return pb.start();
    }

    private void awaitMaster(java.util.function.Predicate<JsonNode> ready, String what) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!master.isAlive() || (worker != null && !worker.isAlive())) {
                throw new IllegalStateException("a cluster daemon exited while waiting for " + what + logs());
            }
            try {
                if (ready.test(state())) {
                    return;
                }
                last = "not yet";
            } catch (RuntimeException e) {
                last = e.getMessage();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no " + what + " within " + START_TIMEOUT + " (" + last + ")" + logs());
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            StringBuilder out = new StringBuilder();
            for (String line : all.subList(Math.max(0, all.size() - lines), all.size())) {
                // Delta logs whole table schemas on one line: keep each line readable.
                out.append(line.length() > 500 ? line.substring(0, 500) + " …" : line).append('\n');
            }
            return out.toString();
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read: " + e.getMessage() + ")\n";
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port: " + e.getMessage(), e);
        }
    }
}

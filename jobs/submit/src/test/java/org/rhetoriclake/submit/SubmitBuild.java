package org.rhetoriclake.submit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the build of this module made for the cluster test, as the POM passes it to failsafe: the job jar, the
 * models jar, a SPARK_HOME whose {@code jars/} is Spark's runtime, the Delta jars, and the JVM flags Spark needs
 * on Java 17. A missing one fails the test: it cannot pass by testing nothing.
 */
record SubmitBuild(Path jobJar, Path modelsJar, Path sparkHome, List<Path> deltaJars, List<String> jvmFlags) {

    static SubmitBuild fromSystemProperties() {
        Path jobJar = existing("rhetoric.submit.jobJar");
        Path modelsJar = existing("rhetoric.submit.modelsJar");
        Path sparkHome = existing("rhetoric.submit.sparkHome");
        assertTrue(Files.isDirectory(sparkHome.resolve("jars")), "no jars/ in " + sparkHome);
        List<Path> delta;
        try (Stream<Path> files = Files.list(existing("rhetoric.submit.deltaJars"))) {
            delta = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(delta.stream().anyMatch(f -> f.getFileName().toString().startsWith("delta-spark_")), "Delta jars: " + delta);
        String flags = System.getProperty("rhetoric.submit.jvmFlags", "");
        assertTrue(flags.contains("--add-opens"), "rhetoric.submit.jvmFlags: " + flags);
        return new SubmitBuild(jobJar, modelsJar, sparkHome, delta, Arrays.asList(flags.trim().split("\\s+")));
    }

    /** The Spark runtime's classpath, as a standalone daemon or spark-submit is started with. */
    String sparkClasspath() {
        return sparkHome.resolve("jars") + "/*";
    }

    private static Path existing(String property) {
        String value = System.getProperty(property);
        assertTrue(value != null && !value.isBlank(), "system property " + property + " is not set (run through Maven)");
        Path p = Path.of(value).toAbsolutePath().normalize();
        assertTrue(Files.exists(p), property + ": " + p + " does not exist (mvn package builds it)");
        return p;
    }
}

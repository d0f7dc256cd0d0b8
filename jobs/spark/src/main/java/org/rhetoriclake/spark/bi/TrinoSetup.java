package org.rhetoriclake.spark.bi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the Trino server needs before it starts: a Java runtime it accepts and its configuration files.
 *
 * <p>Trino 476 refuses Java below 22, while the project runs on Java 17; so the server's runtime is looked
 * up apart from the job's: {@code TRINO_JAVA_HOME} when set, else the first JDK (by folder name) under
 * {@code /usr/lib/jvm} whose {@code release} file says 22 or newer.
 */
public final class TrinoSetup {
    /** The oldest Java feature release Trino 476 starts on. */
    public static final int MIN_JAVA = 22;

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?([0-9]+)(?:\\.([0-9]+))?[^\"\\n]*\"?\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

    private TrinoSetup() {
    }

    /**
     * The feature release of a JDK's {@code release} file ({@code JAVA_VERSION="25.0.3"} is 25,
     * {@code "1.8.0_402"} is 8), or empty when the file does not say.
     */
    public static Optional<Integer> javaMajor(String releaseFile) {
        Matcher m = JAVA_VERSION.matcher(releaseFile);
        if (!m.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        if (first == 1 && m.group(2) != null) {
            return Optional.of(Integer.parseInt(m.group(2)));
        }
        return Optional.of(first);
    }

    /** The feature release of the JDK at {@code home}, or empty when it has no readable release file or no java. */
    static Optional<Integer> javaMajorOf(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try {
            return javaMajor(Files.readString(release, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The Java home Trino runs on.
     *
     * @param trinoJavaHome {@code TRINO_JAVA_HOME}, or null/blank to search
     * @param jvmRoot       the folder of installed JDKs ({@code /usr/lib/jvm})
     * @throws IllegalStateException when {@code TRINO_JAVA_HOME} is not a JDK 22+ or none is installed, with
     *                               what was found and how to fix it
     */
    public static Path findJava(String trinoJavaHome, Path jvmRoot) {
        if (trinoJavaHome != null && !trinoJavaHome.isBlank()) {
            Path home = Path.of(trinoJavaHome);
            Optional<Integer> major = javaMajorOf(home);
            if (major.isEmpty() || major.get() < MIN_JAVA) {
                throw new IllegalStateException("TRINO_JAVA_HOME=" + trinoJavaHome + " is "
                        + major.map(v -> "Java " + v).orElse("not a JDK (no release file or bin/java)")
                        + "; Trino 476 needs Java " + MIN_JAVA + " or newer");
            }
            return home;
        }
        List<String> seen = new ArrayList<>();
        if (Files.isDirectory(jvmRoot)) {
            TreeSet<Path> homes = new TreeSet<>();
            try (Stream<Path> list = Files.list(jvmRoot)) {
                list.filter(Files::isDirectory).forEach(homes::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + jvmRoot, e);
            }
            for (Path home : homes) {
                Optional<Integer> major = javaMajorOf(home);
                if (major.isPresent() && major.get() >= MIN_JAVA) {
                    return home;
                }
                major.ifPresent(v -> seen.add(home.getFileName() + " (Java " + v + ")"));
            }
        }
        throw new IllegalStateException("Trino 476 needs Java " + MIN_JAVA + " or newer and none was found under "
                + jvmRoot + (seen.isEmpty() ? "" : " (found " + String.join(", ", seen) + ")")
                + ". Install one (e.g. a Temurin 25 JDK package) or set TRINO_JAVA_HOME to its folder.");
    }

    /**
     * Fills every {@code ${name}} of a template.
     *
     * @throws IllegalArgumentException for a placeholder {@code values} lacks, so a template and the code
     *                                  cannot drift apart unnoticed
     */
    public static String render(String template, Map<String, String> values, String source) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(source + ": unknown placeholder ${" + m.group(1) + "}; known: "
                        + new TreeSet<>(values.keySet()));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Renders every file under {@code templates} (conf/trino) into {@code etc}, same relative paths,
     * replacing what a previous start wrote there.
     *
     * @return the files written, relative to {@code etc}
     */
    public static List<String> writeConfig(Path templates, Path etc, Map<String, String> values) {
        if (!Files.isRegularFile(templates.resolve("config.properties"))) {
            throw new IllegalStateException("no Trino configuration templates in " + templates);
        }
        List<String> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = templates.relativize(f).toString();
                Path out = etc.resolve(rel);
                Files.createDirectories(out.getParent());
                Files.writeString(out, render(Files.readString(f, StandardCharsets.UTF_8), values, f.toString()),
                        StandardCharsets.UTF_8);
                written.add(rel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Trino configuration to " + etc + ": " + e.getMessage(), e);
        }
        return written;
    }

    /**
     * The values the templates use.
     *
     * @param state    the state folder: etc/, data/, metastore/ and plugins/ live in it
     * @param port     the HTTP port on 127.0.0.1
     * @param heap     the server's -Xmx, e.g. 2G
     */
    public static Map<String, String> values(Path state, int port, String heap) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Matcher h = Pattern.compile("([0-9]+)([MmGg])").matcher(heap);
        if (!h.matches()) {
            throw new IllegalArgumentException("heap must read like 2G or 1536M, not '" + heap + "'");
        }
        long heapMb = Long.parseLong(h.group(1)) * (h.group(2).equalsIgnoreCase("G") ? 1024 : 1);
        if (heapMb < 1024) {
            throw new IllegalArgumentException("Trino needs at least 1G of heap, not " + heap);
        }
        // Trino keeps 30 % of the heap as headroom beside the per-node query memory; half the heap leaves margin.
        long queryMb = heapMb / 2;
        return Map.of(
                "port", Integer.toString(port),
                "heap", heap.toUpperCase(Locale.ROOT),
                "query_memory", queryMb + "MB",
                "data_dir", state.resolve("data").toString(),
                "metastore_dir", state.resolve("metastore").toString(),
                "plugin_dir", state.resolve("plugins").toString());
    }
}

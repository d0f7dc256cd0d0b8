package org.rhetoriclake.spark.bi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.testing.TestPaths;

/** Choosing the server's Java and rendering its configuration, on fake JDK folders: no Trino, milliseconds. */
class TrinoSetupTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheFeatureReleaseOfAReleaseFile() {
        assertEquals(Optional.of(25), TrinoSetup.javaMajor("IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\nJAVA_VERSION_DATE=\"2026-04-21\"\n"));
        assertEquals(Optional.of(17), TrinoSetup.javaMajor("JAVA_VERSION=\"17.0.15\"\n"));
        assertEquals(Optional.of(22), TrinoSetup.javaMajor("JAVA_VERSION=\"22\"\n"));
        assertEquals(Optional.of(8), TrinoSetup.javaMajor("JAVA_VERSION=\"1.8.0_402\"\n"));
        assertEquals(Optional.empty(), TrinoSetup.javaMajor("JAVA_VERSION_DATE=\"2026-04-21\"\n"));
    }

    @Test
    void picksTheFirstJdkOf22OrNewerAndSaysWhatItFoundWhenNone() throws IOException {
        Path jvm = tmp.resolve("jvm");
        jdk(jvm.resolve("java-17-openjdk-amd64"), "17.0.15");
        jdk(jvm.resolve("openjdk-21"), "21.0.2");
        Files.createDirectories(jvm.resolve("broken-no-release"));
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> TrinoSetup.findJava(null, jvm));
        assertTrue(none.getMessage().contains("Java 22 or newer") && none.getMessage().contains("java-17-openjdk-amd64 (Java 17)")
                && none.getMessage().contains("openjdk-21 (Java 21)") && none.getMessage().contains("TRINO_JAVA_HOME"),
                none.getMessage());

        jdk(jvm.resolve("temurin-25-jdk-amd64"), "25.0.3");
        jdk(jvm.resolve("zulu-23"), "23.0.1");
        assertEquals(jvm.resolve("temurin-25-jdk-amd64"), TrinoSetup.findJava("", jvm));
        assertEquals(jvm.resolve("zulu-23"), TrinoSetup.findJava(jvm.resolve("zulu-23").toString(), jvm));
    }

    @Test
    void refusesATrinoJavaHomeBelow22EvenWhenANewerOneIsInstalled() throws IOException {
        Path jvm = tmp.resolve("jvm");
        jdk(jvm.resolve("temurin-25"), "25.0.3");
        jdk(jvm.resolve("jdk-17"), "17.0.15");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TrinoSetup.findJava(jvm.resolve("jdk-17").toString(), jvm));
        assertTrue(e.getMessage().contains("is Java 17"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> TrinoSetup.findJava(tmp.resolve("nowhere").toString(), jvm));
    }

    @Test
    void rendersPlaceholdersAndRefusesAnUnknownOne() {
        assertEquals("port=8089\nuri=http://127.0.0.1:8089\n",
                TrinoSetup.render("port=${port}\nuri=http://127.0.0.1:${port}\n", Map.of("port", "8089"), "t"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrinoSetup.render("x=${nope}", Map.of("port", "1"), "config.properties"));
        assertTrue(e.getMessage().contains("config.properties") && e.getMessage().contains("${nope}"), e.getMessage());
        assertEquals("dir=/a$b\\c", TrinoSetup.render("dir=${d}", Map.of("d", "/a$b\\c"), "t"),
                "a value is inserted literally");
    }

    @Test
    void valuesCheckThePortAndHeapAndLeaveHalfTheHeapToQueries() {
        Map<String, String> v = TrinoSetup.values(Path.of("/s"), 18089, "2g");
        assertEquals("2G", v.get("heap"));
        assertEquals("1024MB", v.get("query_memory"));
        assertEquals("/s/metastore", v.get("metastore_dir"));
        assertEquals("/s/plugins", v.get("plugin_dir"));
        assertEquals("1536MB", TrinoSetup.values(Path.of("/s"), 1, "3072M").get("query_memory"));
        assertThrows(IllegalArgumentException.class, () -> TrinoSetup.values(Path.of("/s"), 70000, "2G"));
        assertThrows(IllegalArgumentException.class, () -> TrinoSetup.values(Path.of("/s"), 8089, "2 GB"));
        assertThrows(IllegalArgumentException.class, () -> TrinoSetup.values(Path.of("/s"), 8089, "512M"));
    }

    /** The checked-in templates render completely and keep the server on loopback with only the Delta connector. */
    @Test
    void theProjectTemplatesRenderToALoopbackDeltaOnlyServer() throws IOException {
        Path etc = tmp.resolve("etc");
        Path state = tmp.resolve("state");
        List<String> written = TrinoSetup.writeConfig(TestPaths.projectRoot().resolve("conf/trino"), etc,
                TrinoSetup.values(state, 18089, "2G"));
        assertTrue(written.containsAll(List.of("config.properties", "node.properties", "jvm.config", "log.properties",
                "catalog/delta.properties")), written.toString());
        Properties node = load(etc.resolve("node.properties"));
        assertEquals("127.0.0.1", node.getProperty("node.bind-ip"));
        assertEquals(state.resolve("data").toString(), node.getProperty("node.data-dir"));
        Properties config = load(etc.resolve("config.properties"));
        assertEquals("18089", config.getProperty("http-server.http.port"));
        assertEquals("http://127.0.0.1:18089", config.getProperty("discovery.uri"));
        assertEquals(state.resolve("plugins").toString(), config.getProperty("plugin.dir"));
        Properties delta = load(etc.resolve("catalog/delta.properties"));
        assertEquals("delta_lake", delta.getProperty("connector.name"));
        assertEquals("local://" + state.resolve("metastore"), delta.getProperty("hive.metastore.catalog.dir"),
                "local://, not file://: with file:// a created schema stays invisible");
        assertEquals(null, delta.getProperty("delta.enable-non-concurrent-writes"), "Spark stays the only writer");
        List<String> jvm = Files.readAllLines(etc.resolve("jvm.config"), StandardCharsets.UTF_8);
        assertTrue(jvm.contains("-Xmx2G"), jvm.toString());
        assertTrue(jvm.stream().noneMatch(l -> l.startsWith("#") || l.isBlank()), "jvm.config takes one flag a line, nothing else");
        for (String f : written) {
            String text = Files.readString(etc.resolve(f), StandardCharsets.UTF_8);
            assertFalse(java.util.regex.Pattern.compile("\\$\\{[a-z_]+}").matcher(text).find(), f + " is fully rendered");
            // conf/ holds no credentials: a secret setting may only refer to the environment (Trino's ${ENV:NAME}).
            for (String line : text.lines().filter(l -> l.contains("=") && !l.startsWith("#")).toList()) {
                String key = line.substring(0, line.indexOf('=')).strip().toLowerCase(java.util.Locale.ROOT);
                if (key.endsWith(".key") || key.contains("secret") || key.endsWith("password")) {
                    assertTrue(line.substring(line.indexOf('=') + 1).strip().startsWith("${ENV:"), f + ": " + line);
                }
            }
        }
    }

    private static Properties load(Path f) throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static void jdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n", StandardCharsets.UTF_8);
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

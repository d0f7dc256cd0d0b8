package org.rhetoriclake.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rhetoriclake.core.testing.TestPaths;

/**
 * The example spark-submit settings in {@code conf/spark-submit/}: they parse as spark-submit reads a
 * {@code --properties-file} (Java properties, UTF-8), hold the settings the README's cluster section tells
 * readers to look at, carry the Java 17 flags of {@code conf/jvm.options}, and no credentials.
 */
class SubmitConfTest {
    /** What the README says matters for this job on any cluster manager. */
    private static final List<String> REQUIRED = List.of("spark.submit.deployMode", "spark.driver.memory",
            "spark.executor.memory", "spark.executor.cores", "spark.driver.extraJavaOptions",
            "spark.executor.extraJavaOptions");
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|credential|access\\.key|keytab).*");

    @ParameterizedTest
    @ValueSource(strings = {"standalone.conf", "yarn.conf", "k8s.conf"})
    void parsesAndNamesWhatTheReadmeSays(String name) throws IOException {
        Path file = TestPaths.projectRoot().resolve("conf/spark-submit").resolve(name);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        for (String key : p.stringPropertyNames()) {
            assertTrue(key.startsWith("spark."), name + ": " + key + " is not a Spark setting");
            assertFalse(SECRET.matcher(key).matches(), name + ": " + key + " looks like a credential");
            // A comment after a value is part of the value in a properties file.
            assertFalse(p.getProperty(key).contains("#"), name + ": " + key + " has a # in its value");
        }
        for (String key : REQUIRED) {
            assertTrue(p.containsKey(key), name + " lacks " + key);
        }
        assertEquals("cluster", p.getProperty("spark.submit.deployMode"), name);
        assertTrue(gigabytes(p.getProperty("spark.executor.memory")) >= 4,
                name + ": an executor holds a ~2 GB CoreNLP pipeline and Spark's memory");

        List<String> jvmFlags = Files.readAllLines(TestPaths.projectRoot().resolve("conf/jvm.options"), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        for (String side : List.of("spark.driver.extraJavaOptions", "spark.executor.extraJavaOptions")) {
            assertEquals(jvmFlags, Arrays.asList(p.getProperty(side).strip().split("\\s+")),
                    name + ": " + side + " is conf/jvm.options");
        }

        String readme = Files.readString(TestPaths.projectRoot().resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("conf/spark-submit/" + name), "the README does not mention conf/spark-submit/" + name);
    }

    private static double gigabytes(String size) {
        String s = size.strip().toLowerCase(java.util.Locale.ROOT);
        double n = Double.parseDouble(s.substring(0, s.length() - 1));
        return switch (s.charAt(s.length() - 1)) {
            case 'g' -> n;
            case 'm' -> n / 1024;
            default -> throw new IllegalArgumentException("size in m or g expected: " + size);
        };
    }
}

package org.rhetoriclake.core.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find the checkout and the read-only shared data ({@code corpus/}, {@code gold/}, {@code dev/}).
 * Shared by every module's tests through core's test jar. A missing directory fails the test rather than
 * skipping it, so a misconfigured build cannot pass by testing nothing.
 */
public final class TestPaths {
    private TestPaths() {
    }

    /**
     * The checkout root: system property {@code rhetoric.project.root} (set by the build) when present,
     * else two levels above the module folder Maven runs the tests in ({@code jobs/<module>}).
     */
    public static Path projectRoot() {
        String configured = System.getProperty("rhetoric.project.root");
        Path root = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.dir")).resolve("../..");
        root = root.toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(root.resolve("conf/rhetoric.properties")),
                "project root not found at " + root + "; set -Drhetoric.project.root=/path/to/checkout");
        return root;
    }

    /** The shared data: system property {@code rhetoric.shared}, else {@code ../shared} beside the checkout. */
    public static Path sharedDir() {
        String configured = System.getProperty("rhetoric.shared");
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : projectRoot().resolve("../shared");
        dir = dir.toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(dir.resolve("gold")),
                "shared data not found at " + dir + "; set -Drhetoric.shared=/path/to/shared");
        return dir;
    }
}

package org.rhetoriclake.spark.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rhetoriclake.core.config.ConfigLoader;
import org.rhetoriclake.core.config.JobConfig;
import org.rhetoriclake.core.testing.TestPaths;

class CoreNlpPropertiesSourceTest {
    @TempDir
    Path home;

    @Test
    void theConfiguredFileWhenItExists() throws IOException {
        Path file = Files.writeString(Files.createDirectories(home.resolve("conf")).resolve("corenlp-chinese.properties"),
                "annotators = tokenize, ssplit\n# 中文注释\n", StandardCharsets.UTF_8);
        CoreNlpPropertiesSource source = CoreNlpPropertiesSource.resolve(ConfigLoader.load(home, null, Map.of()));
        assertEquals(CoreNlpPropertiesSource.Origin.FILE, source.origin());
        assertEquals(file.toString(), source.location());
        assertEquals("annotators = tokenize, ssplit\n# 中文注释\n", source.text());
        assertEquals("file " + file, source.describe());
    }

    /** A cluster-mode driver: a working folder without conf/, no rhetoric.home. */
    @Test
    void theJarsCopyWhenTheDefaultFileIsMissing() throws IOException {
        CoreNlpPropertiesSource source = CoreNlpPropertiesSource.resolve(ConfigLoader.load(home, null, Map.of()));
        assertEquals(CoreNlpPropertiesSource.Origin.BUILT_IN, source.origin());
        assertTrue(source.describe().startsWith("built-in classpath:/org/rhetoriclake/nlp/"), source.describe());
        assertEquals(Files.readString(TestPaths.projectRoot().resolve("conf/corenlp-chinese.properties"),
                StandardCharsets.UTF_8), source.text(), "the jar's copy is the project's default");
    }

    @Test
    void aMissingFileConfiguredElsewhereIsAnErrorNamingIt() {
        JobConfig config = ConfigLoader.load(home, null, Map.of(JobConfig.CORENLP_PROPERTIES, "conf/corenlp-chinese-typo.properties"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CoreNlpPropertiesSource.resolve(config));
        assertTrue(e.getMessage().contains(home.resolve("conf/corenlp-chinese-typo.properties").toString()), e.getMessage());
    }
}

package org.rhetoriclake.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path home;

    @Test
    void defaultsApplyWithoutFileOrFlags() {
        JobConfig c = ConfigLoader.load(home, null, Map.of());
        assertEquals(home.resolve("warehouse"), c.warehouse());
        assertEquals("rhetoric", c.database());
        assertEquals("local[*]", c.master());
        assertEquals(5000, c.nerMaxParagraphChars());
        assertEquals("rhetoric.quotes", c.qualified("quotes"));
    }

    @Test
    void commandLineBeatsFileBeatsDefaults() throws IOException {
        Path conf = home.resolve("rhetoric.properties");
        Files.writeString(conf, "rhetoric.warehouse=/data/lake\nrhetoric.master=local[2]\nspark.sql.shuffle.partitions=4\n",
                StandardCharsets.UTF_8);
        JobConfig c = ConfigLoader.load(home, conf, Map.of("rhetoric.master", "local[1]"));
        assertEquals(Path.of("/data/lake"), c.warehouse());
        assertEquals("local[1]", c.master());
        assertEquals("4", c.sparkSettings().get("spark.sql.shuffle.partitions"));
    }

    @Test
    void relativePathsResolveAgainstHomeNotWorkingDirectory() {
        JobConfig c = ConfigLoader.load(home, null, Map.of("rhetoric.warehouse", "lake/w"));
        assertEquals(home.resolve("lake/w"), c.warehouse());
    }

    @Test
    void unknownRhetoricKeyIsAnErrorNotSilentlyIgnored() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigLoader.load(home, null, Map.of("rhetoric.warehous", "x")));
        assertEquals(true, e.getMessage().contains("rhetoric.warehous"));
    }

    @Test
    void badNumberNamesTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigLoader.load(home, null, Map.of(JobConfig.NER_MAX_PARAGRAPH_CHARS, "many")));
        assertEquals(true, e.getMessage().contains(JobConfig.NER_MAX_PARAGRAPH_CHARS));
    }

    @Test
    void theProgressLineIsEveryTenSecondsByDefaultAndZeroTurnsItOff() {
        assertEquals(10, ConfigLoader.load(home, null, Map.of()).progressIntervalSeconds());
        assertEquals(0, ConfigLoader.load(home, null, Map.of(JobConfig.PROGRESS_INTERVAL_SECONDS, "0"))
                .progressIntervalSeconds());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigLoader.load(home, null, Map.of(JobConfig.PROGRESS_INTERVAL_SECONDS, "-5")));
        assertEquals(true, e.getMessage().contains(JobConfig.PROGRESS_INTERVAL_SECONDS));
    }
}

package org.rhetoriclake.spark.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rhetoriclake.core.config.ConfigLoader;
import org.rhetoriclake.core.config.JobConfig;
import picocli.CommandLine.Option;

/**
 * Options every subcommand shares. Precedence: these flags &gt; the config file &gt; built-in defaults
 * ({@link ConfigLoader}). Relative paths resolve against the project home ({@code -Drhetoric.home},
 * set by {@code bin/rhetoric}; the working directory otherwise).
 */
public final class CommonOptions {
    @Option(names = "--warehouse", paramLabel = "DIR", description = "Folder of the Delta tables (default: warehouse/ in the project).")
    Path warehouse;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] (default local[*]; spark-submit sets its own).")
    String master;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (default conf/rhetoric.properties).")
    Path configFile;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Any setting, e.g. --conf rhetoric.ner.maxParagraphChars=8000 or --conf spark.sql.shuffle.partitions=4. Repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    public static Path home() {
        String home = System.getProperty("rhetoric.home");
        return Path.of(home != null ? home : "").toAbsolutePath().normalize();
    }

    JobConfig resolve() {
        Path home = home();
        Map<String, String> cli = new LinkedHashMap<>(settings);
        if (warehouse != null) {
            cli.put(JobConfig.WAREHOUSE, warehouse.toAbsolutePath().normalize().toString());
        }
        if (master != null) {
            cli.put(JobConfig.MASTER, master);
        }
        Path file = configFile != null ? configFile.toAbsolutePath() : home.resolve("conf/rhetoric.properties");
        if (configFile != null && !file.toFile().isFile()) {
            throw new IllegalArgumentException("config file not found: " + file);
        }
        return ConfigLoader.load(home, file, cli);
    }
}

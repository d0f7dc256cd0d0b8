package org.rhetoriclake.core.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Resolves a {@link JobConfig}: command-line values &gt; the properties file &gt; built-in defaults.
 * Relative paths are resolved against the project home (where {@code bin/rhetoric} lives), so the job
 * behaves the same whatever the working directory.
 */
public final class ConfigLoader {

    /** Built-in defaults: what the job does with no conf file and no flags. */
    public static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(JobConfig.WAREHOUSE, "warehouse");
        d.put(JobConfig.DATABASE, "rhetoric");
        d.put(JobConfig.MASTER, "local[*]");
        d.put(JobConfig.CORENLP_PROPERTIES, "conf/corenlp-chinese.properties");
        d.put(JobConfig.LEXICON_DIR, "conf/lexicon");
        d.put(JobConfig.GAZETTEER_DIR, "conf/gazetteer");
        d.put(JobConfig.NER_MAX_PARAGRAPH_CHARS, "5000");
        d.put(JobConfig.MAX_RECORD_BYTES, Long.toString(32L * 1024 * 1024));
        d.put(JobConfig.LENIENT_WARC, "false");
        d.put(JobConfig.PROGRESS_INTERVAL_SECONDS, "10");
        return d;
    }

    private ConfigLoader() {
    }

    /**
     * @param home      project home; relative paths resolve against it
     * @param confFile  the properties file, or null / missing for none
     * @param cli       values given on the command line (highest precedence)
     */
    public static JobConfig load(Path home, Path confFile, Map<String, String> cli) {
        Map<String, String> merged = new LinkedHashMap<>(defaults());
        if (confFile != null && Files.isRegularFile(confFile)) {
            merged.putAll(readProperties(confFile));
        }
        merged.putAll(cli);
        return fromMap(home, merged);
    }

    static JobConfig fromMap(Path home, Map<String, String> m) {
        Path absHome = home.toAbsolutePath().normalize();
        Map<String, String> spark = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (k.startsWith("spark.")) {
                spark.put(k, v);
            } else if (k.startsWith("rhetoric.") && !defaults().containsKey(k)) {
                throw new IllegalArgumentException("unknown setting " + k + " (known: " + defaults().keySet() + ")");
            }
        });
        return new JobConfig(
                absHome,
                resolve(absHome, m.get(JobConfig.WAREHOUSE)),
                m.get(JobConfig.DATABASE).trim(),
                m.get(JobConfig.MASTER).trim(),
                resolve(absHome, m.get(JobConfig.CORENLP_PROPERTIES)),
                resolve(absHome, m.get(JobConfig.LEXICON_DIR)),
                resolve(absHome, m.get(JobConfig.GAZETTEER_DIR)),
                parseInt(m, JobConfig.NER_MAX_PARAGRAPH_CHARS),
                parseLong(m, JobConfig.MAX_RECORD_BYTES),
                parseBoolean(m, JobConfig.LENIENT_WARC),
                parseInt(m, JobConfig.PROGRESS_INTERVAL_SECONDS),
                spark);
    }

    private static Path resolve(Path home, String value) {
        Path p = Path.of(value.trim());
        return (p.isAbsolute() ? p : home.resolve(p)).normalize();
    }

    private static boolean parseBoolean(Map<String, String> m, String key) {
        String v = m.get(key).trim().toLowerCase(java.util.Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false: " + m.get(key));
        }
        return v.equals("true");
    }

    private static int parseInt(Map<String, String> m, String key) {
        try {
            return Integer.parseInt(m.get(key).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + m.get(key), e);
        }
    }

    private static long parseLong(Map<String, String> m, String key) {
        try {
            return Long.parseLong(m.get(key).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + m.get(key), e);
        }
    }

    private static Map<String, String> readProperties(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            out.put(name, p.getProperty(name));
        }
        return out;
    }
}

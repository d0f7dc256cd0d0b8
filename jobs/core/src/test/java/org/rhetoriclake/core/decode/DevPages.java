package org.rhetoriclake.core.decode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rhetoriclake.core.testing.TestPaths;

/**
 * The real pages of {@code shared/dev}: every row of {@code dev/MANIFEST.tsv} under {@code html/} or
 * {@code encoding/}, with the manifest's account of its bytes ({@code encoding_actual}), its declaration
 * ({@code charset_declared}) and, where known, its script ({@code [script=zh-Hans]} in the description).
 */
final class DevPages {

    private DevPages() {
    }

    record Page(String file, Path path, String encodingActual, String charsetDeclared, String script) {

        /** The file's bytes (a fresh copy; the file is read once per test JVM). */
        byte[] bytes() {
            return BYTES.computeIfAbsent(path, p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).clone();
        }

        /** The page as {@link HtmlDecoder} decodes it with no HTTP header (decoded once per test JVM). */
        DecodedPage decoded() {
            return DECODED.computeIfAbsent(path, p -> new HtmlDecoder().decode(bytes(), null));
        }

        /** The charset family the bytes are in, as the manifest says: UTF-8, GB18030 or Big5. */
        String family() {
            String e = encodingActual;
            if (e.startsWith("utf-8")) {
                return "UTF-8";
            }
            if (e.contains("gb18030")) {
                return "GB18030";
            }
            if (e.startsWith("big5")) {
                return "Big5";
            }
            throw new IllegalStateException("no charset family for " + file + ": " + e);
        }

        /** The manifest marks pages whose bytes are partly invalid in their own charset. */
        boolean hasInvalidBytes() {
            return encodingActual.contains("invalid") || encodingActual.contains("lossy");
        }

        String name() {
            return file;
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private static final Map<Path, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final Map<Path, DecodedPage> DECODED = new ConcurrentHashMap<>();

    private static final Pattern SCRIPT = Pattern.compile("\\[script=(zh-Han[st])");

    static Path devDir() {
        Path dir = TestPaths.sharedDir().resolve("dev");
        assertTrue(Files.isRegularFile(dir.resolve("MANIFEST.tsv")), "missing " + dir.resolve("MANIFEST.tsv"));
        return dir;
    }

    /** Every page and encoding sample of the manifest (html/** and encoding/**). */
    static List<Page> all() {
        Path dev = devDir();
        List<String> lines;
        try {
            lines = Files.readAllLines(dev.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int file = header.indexOf("file");
        int what = header.indexOf("what");
        int actual = header.indexOf("encoding_actual");
        int declared = header.indexOf("charset_declared");
        assertTrue(file >= 0 && what >= 0 && actual >= 0 && declared >= 0, "manifest columns changed: " + header);
        List<Page> pages = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (!f[file].startsWith("html/") && !f[file].startsWith("encoding/")) {
                continue;
            }
            Matcher m = SCRIPT.matcher(f[what]);
            pages.add(new Page(f[file], dev.resolve(f[file]), f[actual].toLowerCase(Locale.ROOT),
                    f[declared].isBlank() ? null : f[declared].toLowerCase(Locale.ROOT), m.find() ? m.group(1) : null));
        }
        assertTrue(pages.size() >= 100, "expected the dev pages and encoding samples, found " + pages.size());
        return pages;
    }

    static List<Page> under(String prefix) {
        List<Page> pages = all().stream().filter(p -> p.file().startsWith(prefix)).toList();
        assertTrue(!pages.isEmpty(), "no dev pages under " + prefix);
        return pages;
    }

    static Page named(String file) {
        return all().stream().filter(p -> p.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the manifest: " + file));
    }
}

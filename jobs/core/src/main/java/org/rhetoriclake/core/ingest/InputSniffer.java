package org.rhetoriclake.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.rhetoriclake.core.model.InputFormat;

/**
 * Recognises what a file holds from its first bytes, not from its name: crawls arrive as {@code .warc.gz},
 * {@code .warc}, {@code .arc.gz} or with no extension at all, and saved pages as {@code .htm}, {@code .shtml},
 * {@code .txt}. A file that is none of the known formats (a binary named {@code .html}, a gzip that is not a
 * WARC) is not guessed at: the caller rejects it with the reason {@link #UNRECOGNISED}.
 */
public final class InputSniffer {
    /** Enough for a WARC header line, a dump's first line or an HTML prologue, even after a long comment. */
    public static final int HEAD_BYTES = 8192;
    public static final String UNRECOGNISED = "ingest.unrecognised_format";

    /**
     * The dump format's envelope: a comment line, then a {@code [title](url)} line. Recognised by its shape, not by
     * a valid epoch, so that a dump with a broken first line still goes to the dump parser and is rejected with
     * the precise reason ({@code dump.bad_epoch}) rather than read as a web page.
     */
    private static final Pattern DUMP_ENVELOPE = Pattern.compile(
            "\\A\\s*<!--[^\\n]{0,64}-->[ \\t]*\\r?\\n\\s*\\[[^\\n]*\\]\\([^\\n]*\\)");
    private static final Pattern DUMP_FIRST_LINE = Pattern.compile("\\A\\s*<!--\\s*-?\\d{1,16}\\s*-->\\s*(\\r?\\n|\\z)");
    /** Markup that only HTML starts with (a plain-text file has none of these near the top). */
    private static final Pattern HTML_MARKUP = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|title|div|p|article|section|table|h[1-6]|script|link|span|a\\s)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    private InputSniffer() {
    }

    /** @param head the file's first bytes (up to {@link #HEAD_BYTES}); may be shorter than that */
    public static Optional<InputFormat> sniff(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            byte[] inner = gunzipPrefix(head);
            return isWarcOrArc(inner) ? Optional.of(InputFormat.WARC) : Optional.empty();
        }
        if (isWarcOrArc(head)) {
            return Optional.of(InputFormat.WARC);
        }
        String text = headText(head);
        if (text == null) {
            return Optional.empty();
        }
        if (DUMP_FIRST_LINE.matcher(text).find() || DUMP_ENVELOPE.matcher(text).find()) {
            return Optional.of(InputFormat.DUMP);
        }
        return HTML_MARKUP.matcher(text).find() ? Optional.of(InputFormat.HTML) : Optional.empty();
    }

    static boolean isWarcOrArc(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 16), StandardCharsets.ISO_8859_1);
        return start.startsWith("WARC/") || start.startsWith("filedesc://");
    }

    /** The head as text for the markup checks, or null when it is binary. UTF-16 pages announce themselves by BOM. */
    private static String headText(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff)) {
            return new String(head, StandardCharsets.UTF_16BE).toLowerCase(Locale.ROOT);
        }
        if (head.length >= 2 && ((head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe)) {
            return new String(head, StandardCharsets.UTF_16LE).toLowerCase(Locale.ROOT);
        }
        int controls = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c == 0) {
                return null; // NUL never occurs in text in an ASCII-compatible charset
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0c && c != 0x1b) {
                controls++;
            }
        }
        if (controls * 20 > head.length) {
            return null;
        }
        // Latin-1 maps every byte to one char, so ASCII markup is found whatever the real charset is.
        return new String(head, StandardCharsets.ISO_8859_1);
    }

    static byte[] gunzipPrefix(byte[] head) {
        byte[] out = new byte[32];
        int n = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head), 512)) {
            while (n < out.length) {
                int r = in.read(out, n, out.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        } catch (IOException e) {
            // A head cut mid-member ends in an EOF; what was inflated before it is still good.
        }
        return java.util.Arrays.copyOf(out, n);
    }
}

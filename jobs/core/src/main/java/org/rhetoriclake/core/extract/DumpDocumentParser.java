package org.rhetoriclake.core.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;
import org.rhetoriclake.core.model.Reject;
import org.rhetoriclake.core.model.SourceRef;

/**
 * Reads the dump envelope: {@code <!--epoch millis-->}, {@code [title](url)}, a line of dashes, then an HTML
 * fragment. Only the envelope is checked here; the HTML is the extractor's business.
 *
 * <p>Every violation is an {@link Reject.Stage#INGEST} rejection with a stable reason code (the constants
 * below), because they say the file is not in the format the reader promised, not that an article could not be
 * found in it. Reason codes are part of the {@code rejects} table's contract: do not rename them.
 */
public final class DumpDocumentParser {
    /** No bytes, or nothing but whitespace. */
    public static final String EMPTY = "dump.empty";
    /** The bytes are not valid UTF-8 (the dump format is UTF-8 by definition). */
    public static final String INVALID_UTF8 = "dump.invalid_utf8";
    /** The first non-blank line is not an {@code <!--...-->} comment. */
    public static final String MISSING_EPOCH_LINE = "dump.missing_epoch_line";
    /** The comment is there but does not hold an integer number of milliseconds. */
    public static final String BAD_EPOCH = "dump.bad_epoch";
    /** The epoch is a number but before 1990 or more than a day in the future (often seconds, not millis). */
    public static final String IMPLAUSIBLE_DATE = "dump.implausible_date";
    /** The second line is not {@code [title](url)} or the title is empty. */
    public static final String BAD_TITLE_LINE = "dump.bad_title_line";
    /** The URL in the title line is not an absolute http(s) URL. */
    public static final String BAD_URL = "dump.bad_url";
    /** The third line is not a line of dashes (or the file ends before it). */
    public static final String MISSING_SEPARATOR = "dump.missing_separator";

    /** Earlier dates are taken as a broken epoch: the sources the project reads did not publish online before. */
    public static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    /** Slack for clock skew between the publisher and this machine. */
    public static final Duration FUTURE_SLACK = Duration.ofDays(1);

    private static final Pattern EPOCH = Pattern.compile("[+-]?\\d{1,19}");
    private static final Pattern DASHES = Pattern.compile("-{3,}");
    private static final int HEX_BYTES_SHOWN = 8;

    private final Clock clock;

    public DumpDocumentParser() {
        this(Clock.systemUTC());
    }

    /** @param clock decides what "the future" is; injected so the date check is testable */
    public DumpDocumentParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome<DumpDocument> parse(RawRecord record) {
        SourceRef source = record.source();
        byte[] bytes = record.content();
        if (bytes.length == 0) {
            return reject(EMPTY, "the record has no bytes", source, "");
        }
        Decoded decoded = decodeStrictUtf8(bytes);
        if (decoded.text == null) {
            return invalidUtf8(bytes, decoded.badOffset, decoded.badLength, source);
        }
        String text = decoded.text;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Lines lines = new Lines(text);

        String epochLine = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (!line.isBlank()) {
                epochLine = line;
                break;
            }
        }
        if (epochLine == null) {
            return reject(EMPTY, "the record holds only whitespace", source, "");
        }

        String epoch = epochLine.strip();
        if (!epoch.startsWith("<!--")) {
            return reject(MISSING_EPOCH_LINE, "the first line must be <!--epoch millis-->", source, epochLine);
        }
        if (epoch.length() < 7 || !epoch.endsWith("-->")) {
            return reject(BAD_EPOCH, "the epoch comment is not closed with -->", source, epochLine);
        }
        String digits = epoch.substring(4, epoch.length() - 3).strip();
        if (!EPOCH.matcher(digits).matches()) {
            return reject(BAD_EPOCH, "the epoch comment does not hold an integer of milliseconds", source, epochLine);
        }
        long millis;
        try {
            millis = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return reject(BAD_EPOCH, "the epoch does not fit in 64 bits", source, epochLine);
        }
        Instant publishedAt = Instant.ofEpochMilli(millis);
        Instant latest = clock.instant().plus(FUTURE_SLACK);
        if (publishedAt.isBefore(EARLIEST) || publishedAt.isAfter(latest)) {
            String hint = millis > 0 && millis < 100_000_000_000L ? " (seconds instead of milliseconds?)" : "";
            return reject(IMPLAUSIBLE_DATE, "epoch " + millis + " is " + publishedAt + ", outside " + EARLIEST
                    + " .. " + latest + hint, source, epochLine);
        }

        if (!lines.hasNext()) {
            return reject(BAD_TITLE_LINE, "the record ends after the epoch line", source, epochLine);
        }
        String titleLine = lines.next();
        String t = titleLine.strip();
        // The URL is the last "(...)": titles may hold brackets and parentheses, URLs practically never hold "](".
        int sep = t.lastIndexOf("](");
        if (!t.startsWith("[") || !t.endsWith(")") || sep < 1) {
            return reject(BAD_TITLE_LINE, "the second line must be [title](url)", source, titleLine);
        }
        String title = Texts.strip(t.substring(1, sep));
        if (title.isEmpty()) {
            return reject(BAD_TITLE_LINE, "the title is empty", source, titleLine);
        }
        String url = t.substring(sep + 2, t.length() - 1).strip();
        if (url.isEmpty()) {
            url = null;
        } else if (ArticleIds.canonicalUrl(url).isEmpty()) {
            return reject(BAD_URL, "not an absolute http(s) URL: " + url, source, titleLine);
        }

        if (!lines.hasNext()) {
            return reject(MISSING_SEPARATOR, "the record ends after the title line", source, titleLine);
        }
        String separator = lines.next();
        if (!DASHES.matcher(separator.strip()).matches()) {
            return reject(MISSING_SEPARATOR, "the third line must be a line of dashes (at least 3)", source,
                    separator);
        }
        return Outcome.ok(new DumpDocument(publishedAt, title, url, lines.rest().strip()));
    }

    private static Outcome<DumpDocument> reject(String reason, String detail, SourceRef source, String snippet) {
        return Outcome.rejected(new Reject(Reject.Stage.INGEST, reason, detail, source, snippet));
    }

    /**
     * A REPORTing decoder, not {@code new String(bytes, UTF_8)}: that one silently turns bad bytes into U+FFFD,
     * and a mis-encoded file (GBK saved as .txt) would then go through as mojibake instead of being rejected.
     */
    private static Decoded decodeStrictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more UTF-16 units than bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, in.position(), result.length());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Decoded(null, in.position(), result.length());
        }
        out.flip();
        return new Decoded(out.toString(), -1, 0);
    }

    private static Outcome<DumpDocument> invalidUtf8(byte[] bytes, int offset, int length, SourceRef source) {
        int lineStart = offset;
        int lineNo = 1;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
            lineStart--;
        }
        for (int i = 0; i < lineStart; i++) {
            if (bytes[i] == '\n') {
                lineNo++;
            }
        }
        // Everything before the offset decoded cleanly, so this prefix is valid UTF-8.
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int shown = Math.min(Math.max(length, 1), Math.min(HEX_BYTES_SHOWN, bytes.length - offset));
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            hex.append("\\x").append(HexFormat.of().withUpperCase().toHexDigits(bytes[offset + i]));
        }
        String detail = String.format(Locale.ROOT, "invalid UTF-8 byte sequence at byte offset %d (line %d)",
                offset, lineNo);
        // The bad bytes go last so they survive the snippet clipping whatever the line's length.
        String tail = hex.toString();
        int keep = Math.max(0, Reject.SNIPPET_CHARS - tail.length());
        String head = before.length() > keep ? before.substring(before.length() - keep) : before;
        return reject(INVALID_UTF8, detail, source, head + tail);
    }

    private record Decoded(String text, int badOffset, int badLength) {
    }

    /** Splits on LF, CRLF or a lone CR, keeping the position so the rest can be taken unsplit. */
    private static final class Lines {
        private final String s;
        private int pos;

        Lines(String s) {
            this.s = s;
        }

        boolean hasNext() {
            return pos < s.length();
        }

        String next() {
            int start = pos;
            while (pos < s.length() && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
                pos++;
            }
            String line = s.substring(start, pos);
            if (pos < s.length()) {
                pos += s.charAt(pos) == '\r' && pos + 1 < s.length() && s.charAt(pos + 1) == '\n' ? 2 : 1;
            }
            return line;
        }

        String rest() {
            return s.substring(pos);
        }
    }
}

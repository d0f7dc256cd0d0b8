package org.rhetoriclake.core.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A charset as the decoder treats it: the superset a label really means on the web, tried as one or more Java
 * charsets in order. Declared labels name a standard, but pages are written by software that emits its
 * vendor superset, so each family decodes with the superset:
 * <ul>
 *   <li>{@code gb2312}, {@code gbk}, {@code cp936}, {@code euc-cn} … → {@code GB18030} (a superset of GBK,
 *       itself a superset of GB 2312);</li>
 *   <li>{@code big5}, {@code cp950}, {@code big5-hkscs} … → {@code x-windows-950}, then {@code Big5-HKSCS}.
 *       On the Big5 samples the three JDK Big5 decoders agree on every Han character and differ only on six
 *       punctuation codes, where windows-950 gives what Windows input methods typed and what browsers show
 *       (～ ／ ￡ ﹑ ‧ rather than ∼ ╱ £ ､ •); Hong Kong pages use HKSCS characters windows-950 lacks, so
 *       {@code Big5-HKSCS} is the second try when windows-950 meets invalid bytes;</li>
 *   <li>{@code iso-8859-1}, {@code latin1}, {@code us-ascii}, {@code windows-1252} … → {@code windows-1252}
 *       (as browsers do), then {@code ISO-8859-1} when the bytes use one of the five codes windows-1252 leaves
 *       undefined;</li>
 *   <li>{@code utf-8}, {@code utf8} → {@code UTF-8}; a UTF-16 or UTF-32 label inside the document → UTF-8
 *       (the document could not have been read as ASCII to find the label otherwise, as the HTML standard
 *       says);</li>
 *   <li>any other label Java knows → that charset; a label Java does not know or cannot parse → none.</li>
 * </ul>
 */
final class CharsetFamily {

    static final CharsetFamily UTF_8 = new CharsetFamily("UTF-8", List.of(StandardCharsets.UTF_8));
    static final CharsetFamily GB18030 = new CharsetFamily("GB18030", List.of(Charset.forName("GB18030")));
    static final CharsetFamily BIG5 = new CharsetFamily("Big5",
            List.of(Charset.forName("x-windows-950"), Charset.forName("Big5-HKSCS")));
    static final CharsetFamily WINDOWS_1252 = new CharsetFamily("windows-1252",
            List.of(Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1));
    static final CharsetFamily UTF_16LE = new CharsetFamily("UTF-16LE", List.of(StandardCharsets.UTF_16LE));
    static final CharsetFamily UTF_16BE = new CharsetFamily("UTF-16BE", List.of(StandardCharsets.UTF_16BE));

    private static final Map<String, CharsetFamily> BY_LABEL = Map.ofEntries(
            Map.entry("utf-8", UTF_8), Map.entry("utf8", UTF_8), Map.entry("unicode-1-1-utf-8", UTF_8),
            Map.entry("x-unicode20utf8", UTF_8), Map.entry("unicode20utf8", UTF_8),
            Map.entry("gb2312", GB18030), Map.entry("gbk", GB18030), Map.entry("x-gbk", GB18030),
            Map.entry("gb_2312-80", GB18030), Map.entry("gb_2312", GB18030), Map.entry("cp936", GB18030),
            Map.entry("ms936", GB18030), Map.entry("windows-936", GB18030), Map.entry("euc-cn", GB18030),
            Map.entry("x-euc-cn", GB18030), Map.entry("csgb2312", GB18030), Map.entry("chinese", GB18030),
            Map.entry("iso-ir-58", GB18030), Map.entry("csiso58gb231280", GB18030), Map.entry("gb18030", GB18030),
            Map.entry("big5", BIG5), Map.entry("big-5", BIG5), Map.entry("cp950", BIG5), Map.entry("ms950", BIG5),
            Map.entry("windows-950", BIG5), Map.entry("x-windows-950", BIG5), Map.entry("big5-hkscs", BIG5),
            Map.entry("cn-big5", BIG5), Map.entry("csbig5", BIG5), Map.entry("x-x-big5", BIG5),
            Map.entry("x-big5", BIG5),
            Map.entry("iso-8859-1", WINDOWS_1252), Map.entry("iso8859-1", WINDOWS_1252),
            Map.entry("iso_8859-1", WINDOWS_1252), Map.entry("latin1", WINDOWS_1252), Map.entry("l1", WINDOWS_1252),
            Map.entry("us-ascii", WINDOWS_1252), Map.entry("ascii", WINDOWS_1252),
            Map.entry("ansi_x3.4-1968", WINDOWS_1252), Map.entry("cp819", WINDOWS_1252),
            Map.entry("ibm819", WINDOWS_1252), Map.entry("iso-ir-100", WINDOWS_1252),
            Map.entry("csisolatin1", WINDOWS_1252), Map.entry("windows-1252", WINDOWS_1252),
            Map.entry("cp1252", WINDOWS_1252), Map.entry("x-cp1252", WINDOWS_1252));

    private static final Set<String> UNICODE_WIDE = Set.of("utf-16", "utf-16le", "utf-16be", "utf-32",
            "utf-32le", "utf-32be", "ucs-2", "unicode", "unicodefffe", "iso-10646-ucs-2", "csunicode");

    private final String key;
    private final List<Charset> decoders;

    private CharsetFamily(String key, List<Charset> decoders) {
        this.key = key;
        this.decoders = decoders;
    }

    /** The family's name: {@code UTF-8}, {@code GB18030}, {@code Big5}, {@code windows-1252} or a Java name. */
    String key() {
        return key;
    }

    boolean isUtf8() {
        return this == UTF_8;
    }

    /** A Unicode encoding (UTF-8/16/32): never overridden by the UTF-8 check. */
    boolean isUnicode() {
        return key.startsWith("UTF-");
    }

    /**
     * The family a declared label stands for, or empty when Java does not know it.
     *
     * @param label      the label, any case, surrounding blanks and quotes allowed
     * @param inDocument whether it was found in the bytes ({@code <meta>}, XML declaration) rather than a header
     */
    static Optional<CharsetFamily> forLabel(String label, boolean inDocument) {
        if (label == null) {
            return Optional.empty();
        }
        String l = normalize(label);
        if (l.isEmpty()) {
            return Optional.empty();
        }
        if (inDocument && UNICODE_WIDE.contains(l)) {
            return Optional.of(UTF_8);
        }
        CharsetFamily known = BY_LABEL.get(l);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            if (!Charset.isSupported(l)) {
                return Optional.empty();
            }
            return Optional.of(forCharset(Charset.forName(l)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** The family of a Java charset (so {@code GBK} is the GB18030 family), never empty. */
    static CharsetFamily forCharset(Charset charset) {
        CharsetFamily known = BY_LABEL.get(charset.name().toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        for (String alias : charset.aliases()) {
            known = BY_LABEL.get(alias.toLowerCase(Locale.ROOT));
            if (known != null) {
                return known;
            }
        }
        return switch (charset.name()) {
            case "UTF-16LE" -> UTF_16LE;
            case "UTF-16BE" -> UTF_16BE;
            default -> new CharsetFamily(charset.name(), List.of(charset));
        };
    }

    /** Lower-case, trimmed, quotes removed. */
    static String normalize(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        while (l.length() >= 1 && (l.charAt(0) == '"' || l.charAt(0) == '\'')) {
            l = l.substring(1);
        }
        while (l.length() >= 1 && (l.endsWith("\"") || l.endsWith("'"))) {
            l = l.substring(0, l.length() - 1);
        }
        return l.trim();
    }

    /** The bytes from {@code offset} decoded by this family: the first Java charset that decodes them without
     * error, else the one with the fewest malformed sequences (earlier ones win ties). */
    Decoded decode(byte[] bytes, int offset) {
        Decoded best = null;
        for (Charset c : decoders) {
            Decoded d = decodeWith(c, bytes, offset);
            if (d.malformed() == 0) {
                return d;
            }
            if (best == null || d.malformed() < best.malformed()) {
                best = d;
            }
        }
        return best;
    }

    /**
     * A decoding: the text (each malformed or unmappable sequence replaced by one U+FFFD, as
     * {@link CodingErrorAction#REPLACE} would), the charset and how many sequences were malformed.
     */
    record Decoded(String text, Charset charset, int malformed, int nonAscii) {
    }

    /** Strict and lenient at once: errors are reported, counted, replaced and skipped. */
    static Decoded decodeWith(Charset charset, byte[] bytes, int offset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length - offset + 16));
        int malformed = 0;
        boolean flushing = false;
        while (true) {
            CoderResult r = flushing ? decoder.flush(out) : decoder.decode(in, out, true);
            if (r.isOverflow()) {
                out = grow(out);
            } else if (r.isError()) {
                malformed++;
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            } else if (!flushing) {
                flushing = true;
            } else {
                break;
            }
        }
        out.flip();
        String text = out.toString();
        int nonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                nonAscii++;
            }
        }
        return new Decoded(text, charset, malformed, nonAscii);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CharsetFamily f && f.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}

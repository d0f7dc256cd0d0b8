package org.rhetoriclake.core.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rhetoriclake.core.decode.CharsetFamily.Decoded;

/**
 * Decodes the bytes of a web page (or feed) to text, choosing the charset the way the bytes prove rather than
 * the way the page claims. Stateless and thread-safe: one instance can serve every task of a JVM.
 *
 * <p>Order (see {@link org.rhetoriclake.core.decode the package comment} for why):
 * <ol>
 *   <li>the {@code charset} of the HTTP {@code Content-Type} header, if Java knows it;</li>
 *   <li>a byte order mark (UTF-8, UTF-16LE, UTF-16BE). A BOM that disagrees with the header wins, as in
 *       browsers: it is a property of the bytes, a header is a server setting;</li>
 *   <li>{@code <meta charset>}, {@code <meta http-equiv="Content-Type" content="…charset=…">} or an XML
 *       declaration's {@code encoding}, found by scanning the first {@value #PRESCAN_BYTES} bytes as ASCII;</li>
 *   <li>statistical detection (ICU4J's {@link CharsetDetector}).</li>
 * </ol>
 * A declared charset is verified, not trusted:
 * <ul>
 *   <li>a legacy declaration (GB, Big5, Latin …) over bytes that are valid UTF-8 with multi-byte sequences
 *       gives UTF-8 ({@link DecidedBy#UTF8_OVERRIDE});</li>
 *   <li>a declaration whose charset does not decode the bytes strictly (an invalid sequence), or decodes them
 *       to text that {@link Mojibake} calls garbled, goes to detection, which considers UTF-8, GB18030, Big5,
 *       windows-1252 and the declared charset; when detection settles on the declared charset anyway, the
 *       declaration is still credited ({@code decidedBy} header or meta) and the invalid bytes are counted.</li>
 * </ul>
 * The final decoding is lenient: each malformed sequence becomes one U+FFFD and is counted in
 * {@link DecodedPage#malformedSequences()}; nothing here throws on bad bytes. The platform default charset and
 * locale are never used.
 */
public final class HtmlDecoder {

    /** How many leading bytes are scanned for an in-document declaration. */
    public static final int PRESCAN_BYTES = 8192;

    /**
     * Bytes that fail UTF-8 only here and there are still UTF-8 when the valid multi-byte sequences outnumber
     * the invalid ones by this factor. Legacy CJK text is the opposite: read as UTF-8, nearly every one of its
     * two-byte codes is invalid and only a few form a valid UTF-8 sequence by accident (on the GB and Big5
     * dev pages and samples, at most 0.29 valid sequences per invalid one: a margin of 35 times).
     */
    static final int NEARLY_UTF8_RATIO = 10;

    /**
     * A detection candidate stays in the running while its malformed sequences are no more than the fewest of
     * any candidate, or 0.5% of the non-ASCII bytes, whichever is larger: a few damaged bytes should not
     * disqualify the right charset, but a charset that cannot read the page should not win on statistics.
     */
    static final int TOLERANCE_PER_NON_ASCII_BYTES = 200;

    private static final Pattern CHARSET_PARAM =
            Pattern.compile("(?i)(?:^|[;\\s])charset\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^;\\s\"']+)");
    private static final Pattern XML_DECLARATION =
            Pattern.compile("\\s*<\\?xml\\s(?:[^>?]|\\?(?!>))*?encoding\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern META_TAG =
            Pattern.compile("<meta(?=[\\s/>])((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");

    /** ICU recognizers detection may use; the declared charset's recognizer is added when ICU has one. */
    private static final Set<String> DETECTABLE = Set.of("GB18030", "Big5", "ISO-8859-1", "windows-1252");
    /** Candidate order, which breaks ties between equal confidences: the project reads Chinese news. */
    private static final List<CharsetFamily> CANDIDATES =
            List.of(CharsetFamily.GB18030, CharsetFamily.BIG5, CharsetFamily.WINDOWS_1252);

    /** Decodes {@code bytes}; {@code httpContentType} is the Content-Type header value, or {@code null}. */
    public DecodedPage decode(byte[] bytes, String httpContentType) {
        Objects.requireNonNull(bytes, "bytes");
        String headerLabel = charsetParameter(httpContentType);
        Bom bom = Bom.sniff(bytes);
        List<String> metaLabels = bom == null ? prescan(bytes) : List.of();

        String declared;
        DeclaredBy declaredBy;
        if (headerLabel != null) {
            declared = headerLabel;
            declaredBy = DeclaredBy.HTTP_HEADER;
        } else if (bom != null) {
            declared = bom.label;
            declaredBy = DeclaredBy.BOM;
        } else if (!metaLabels.isEmpty()) {
            declared = metaLabels.get(0);
            declaredBy = DeclaredBy.META;
        } else {
            declared = null;
            declaredBy = DeclaredBy.NONE;
        }

        Optional<CharsetFamily> header = CharsetFamily.forLabel(headerLabel, false);
        Outcome outcome;
        if (bom != null) {
            DecidedBy by = header.isPresent() && header.get().equals(bom.family) ? DecidedBy.HEADER : DecidedBy.BOM;
            outcome = new Outcome(bom.family.decode(bytes, bom.length), by);
        } else if (header.isPresent()) {
            outcome = verify(bytes, header.get(), DecidedBy.HEADER);
        } else {
            Optional<CharsetFamily> meta = metaLabels.stream()
                    .map(l -> CharsetFamily.forLabel(l, true))
                    .flatMap(Optional::stream)
                    .findFirst();
            outcome = meta.isPresent()
                    ? verify(bytes, meta.get(), DecidedBy.META)
                    : detect(bytes, null, null, CharsetFamily.UTF_8.decode(bytes, 0));
        }
        return new DecodedPage(outcome.decoded.text(), declared, declaredBy, outcome.decoded.charset().name(),
                outcome.by, outcome.decoded.malformed());
    }

    private record Outcome(Decoded decoded, DecidedBy by) {
    }

    private static Outcome verify(byte[] bytes, CharsetFamily declared, DecidedBy source) {
        if (declared.isUtf8()) {
            Decoded utf8 = CharsetFamily.UTF_8.decode(bytes, 0);
            return utf8.malformed() == 0 ? new Outcome(utf8, source) : detect(bytes, declared, source, utf8);
        }
        if (!declared.isUnicode() && isUtf8WithMultiByte(bytes)) {
            // Valid UTF-8 with multi-byte sequences is not legacy text by accident. A GB or Big5 character is
            // two bytes 81-FE + 40-FE; it only fits UTF-8 when a lead byte C2-DF meets a trail byte 80-BF, or
            // when an E0-EF lead byte lines up with exactly two continuation bytes across characters. On the
            // dev pages and samples read as UTF-8, fewer than a quarter of the legacy characters fit, and every
            // one that does not makes the bytes invalid; a page of n Chinese characters is therefore valid
            // UTF-8 with a probability of about 0.25^n: under one in a million at ten characters, nil for any
            // real page. So UTF-8 wins over a legacy declaration without further statistics.
            return new Outcome(CharsetFamily.UTF_8.decode(bytes, 0), DecidedBy.UTF8_OVERRIDE);
        }
        Decoded own = declared.decode(bytes, 0);
        if (own.malformed() == 0 && !Mojibake.looksGarbled(own.text())) {
            return new Outcome(own, source);
        }
        return detect(bytes, declared, source, CharsetFamily.UTF_8.decode(bytes, 0));
    }

    /**
     * True when {@code bytes} are well-formed UTF-8 holding at least one multi-byte sequence. A scan without
     * decoding that stops at the first invalid byte, which for legacy GB or Big5 bytes comes within the first
     * few characters: the common case of a page declared in its real legacy charset costs almost nothing here.
     */
    static boolean isUtf8WithMultiByte(byte[] bytes) {
        boolean multiByte = false;
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int trail;
            int min;
            if (b >= 0xc2 && b <= 0xdf) {
                trail = 1;
                min = 0x80;
            } else if (b >= 0xe0 && b <= 0xef) {
                trail = 2;
                min = 0x800;
            } else if (b >= 0xf0 && b <= 0xf4) {
                trail = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + trail >= n) {
                return false;
            }
            int cp = b & (0x3f >> trail);
            for (int k = 1; k <= trail; k++) {
                int c = bytes[i + k] & 0xff;
                if ((c & 0xc0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (c & 0x3f);
            }
            if (cp < min || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff) {
                return false;
            }
            multiByte = true;
            i += trail + 1;
        }
        return multiByte;
    }

    /**
     * Statistical detection among UTF-8, GB18030, Big5, windows-1252 and the declared family. When it settles
     * on the declared family, {@code source} is credited.
     */
    private static Outcome detect(byte[] bytes, CharsetFamily declared, DecidedBy source, Decoded utf8) {
        int validMultiByte = utf8.nonAscii() - utf8.malformed(); // each malformed sequence left one U+FFFD
        if (utf8.malformed() == 0 || validMultiByte >= NEARLY_UTF8_RATIO * utf8.malformed()) {
            return credited(utf8, CharsetFamily.UTF_8, declared, source);
        }
        List<CharsetFamily> candidates = new ArrayList<>(CANDIDATES);
        if (declared != null && !declared.isUtf8() && !candidates.contains(declared)) {
            candidates.add(declared);
        }
        Map<CharsetFamily, Integer> confidence = icuConfidence(bytes, declared);
        Map<CharsetFamily, Decoded> decoded = new LinkedHashMap<>();
        int fewest = Integer.MAX_VALUE;
        for (CharsetFamily c : candidates) {
            Decoded d = c.decode(bytes, 0);
            decoded.put(c, d);
            fewest = Math.min(fewest, d.malformed());
        }
        int nonAsciiBytes = 0;
        for (byte b : bytes) {
            if (b < 0) {
                nonAsciiBytes++;
            }
        }
        int tolerance = Math.max(fewest, nonAsciiBytes / TOLERANCE_PER_NON_ASCII_BYTES);
        List<CharsetFamily> ranked = new ArrayList<>();
        for (CharsetFamily c : candidates) {
            if (decoded.get(c).malformed() <= tolerance) {
                ranked.add(c);
            }
        }
        // Highest confidence first, then fewer malformed sequences, then candidate order (a stable sort).
        ranked.sort(Comparator.comparingInt((CharsetFamily c) -> -confidence.getOrDefault(c, 0))
                .thenComparingInt(c -> decoded.get(c).malformed()));
        // Statistics can be thin (a short Chinese headline in an English page scores higher as Latin-1 than as
        // GB18030) and Big5 bytes are valid GBK, so the best-ranked candidate whose text is not mojibake wins;
        // if all of them are, the best-ranked.
        CharsetFamily best = ranked.stream()
                .filter(c -> !Mojibake.looksGarbled(decoded.get(c).text()))
                .findFirst()
                .orElse(ranked.get(0));
        return credited(decoded.get(best), best, declared, source);
    }

    private static Outcome credited(Decoded d, CharsetFamily chosen, CharsetFamily declared, DecidedBy source) {
        boolean asDeclared = declared != null && declared.equals(chosen);
        return new Outcome(d, asDeclared ? source : DecidedBy.DETECTED);
    }

    /** ICU's confidence (0-100) per candidate family, from the recognizers of the candidates only. */
    private static Map<CharsetFamily, Integer> icuConfidence(byte[] bytes, CharsetFamily declared) {
        CharsetDetector detector = new CharsetDetector();
        List<String> allowed = new ArrayList<>(DETECTABLE);
        if (declared != null) {
            allowed.add(declared.key());
        }
        for (String name : CharsetDetector.getAllDetectableCharsets()) {
            detector.setDetectableCharset(name, allowed.contains(name));
        }
        detector.enableInputFilter(true); // statistics on the text, not on the markup
        detector.setText(bytes);
        Map<CharsetFamily, Integer> out = new LinkedHashMap<>();
        for (CharsetMatch m : detector.detectAll()) {
            CharsetFamily.forLabel(m.getName(), false)
                    .ifPresent(f -> out.merge(f, m.getConfidence(), Math::max));
        }
        return out;
    }

    /** The {@code charset} parameter of a Content-Type value, lower-case and unquoted, or {@code null}. */
    static String charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET_PARAM.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        String label = CharsetFamily.normalize(m.group(1));
        return label.isEmpty() ? null : label;
    }

    /**
     * The charset labels declared in the first {@value #PRESCAN_BYTES} bytes, in document order: an XML
     * declaration's encoding (only at the very start), then every {@code <meta>} outside comments that has a
     * {@code charset} attribute or is an {@code http-equiv="Content-Type"} pragma with a charset in its
     * content. The bytes are read as ISO-8859-1, one char per byte, so only ASCII matters and no charset has
     * to be assumed.
     */
    static List<String> prescan(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        List<String> labels = new ArrayList<>();
        Matcher xml = XML_DECLARATION.matcher(head);
        if (xml.lookingAt()) {
            add(labels, xml.group(1));
        }
        String markup = withoutComments(head);
        Matcher tag = META_TAG.matcher(markup);
        while (tag.find()) {
            String charset = null;
            String httpEquiv = null;
            String content = null;
            Matcher a = ATTRIBUTE.matcher(tag.group(1));
            while (a.find()) {
                String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                switch (a.group(1)) {
                    case "charset" -> charset = charset == null ? value : charset;
                    case "http-equiv" -> httpEquiv = httpEquiv == null ? value : httpEquiv;
                    case "content" -> content = content == null ? value : content;
                    default -> {
                    }
                }
            }
            if (charset != null && !charset.isBlank()) {
                add(labels, charset);
            } else if (httpEquiv != null && httpEquiv.trim().equals("content-type") && content != null) {
                add(labels, charsetParameter(content));
            }
        }
        return labels;
    }

    private static void add(List<String> labels, String label) {
        if (label != null) {
            String l = CharsetFamily.normalize(label);
            if (!l.isEmpty()) {
                labels.add(l);
            }
        }
    }

    private static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        while (true) {
            int open = s.indexOf("<!--", at);
            if (open < 0) {
                out.append(s, at, s.length());
                return out.toString();
            }
            out.append(s, at, open);
            int close = s.indexOf("-->", open + 4);
            if (close < 0) {
                return out.toString();
            }
            at = close + 3;
        }
    }

    /** A byte order mark. */
    private enum Bom {
        UTF8("utf-8", CharsetFamily.UTF_8, 3),
        UTF16LE("utf-16le", CharsetFamily.UTF_16LE, 2),
        UTF16BE("utf-16be", CharsetFamily.UTF_16BE, 2);

        final String label;
        final CharsetFamily family;
        final int length;

        Bom(String label, CharsetFamily family, int length) {
            this.label = label;
            this.family = family;
            this.length = length;
        }

        static Bom sniff(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return UTF8;
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return UTF16LE;
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return UTF16BE;
            }
            return null;
        }
    }
}

package org.rhetoriclake.core.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Every real page and encoding sample of {@code shared/dev} decodes to the charset family its manifest row
 * says, with its declaration read back, no invalid bytes (except where the manifest says the bytes are damaged)
 * and no mojibake; and the same bytes decoded with a wrong charset are recognised as mojibake.
 */
class DevPagesDecodeTest {

    private static final HtmlDecoder DECODER = new HtmlDecoder();

    /** The Java charsets each family of the manifest may come out as. */
    private static final Map<String, Set<String>> FAMILY = Map.of(
            "UTF-8", Set.of("UTF-8"),
            "GB18030", Set.of("GB18030"),
            "Big5", Set.of("x-windows-950", "Big5-HKSCS"));

    /** The wrong charsets each family is tried with. */
    private static final Map<String, List<String>> WRONG = Map.of(
            "UTF-8", List.of("GB18030", "x-windows-950", "windows-1252"),
            "GB18030", List.of("UTF-8", "x-windows-950", "windows-1252"),
            "Big5", List.of("GB18030", "UTF-8", "windows-1252"));

    @Test
    void everyDevPageDecodesCleanInItsOwnCharset() {
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (DevPages.Page page : DevPages.all()) {
            pages++;
            byte[] bytes = page.bytes();
            DecodedPage d = DECODER.decode(bytes, null);
            String where = page.file() + " (" + page.encodingActual() + ", declared " + page.charsetDeclared() + "): ";
            if (!FAMILY.get(page.family()).contains(d.charsetUsed())) {
                failures.add(where + "decoded as " + d.charsetUsed() + " by " + d.decidedBy().label());
            }
            if (page.hasInvalidBytes()
                    ? d.malformedSequences() * 1000L > bytes.length
                    : d.malformedSequences() != 0) {
                failures.add(where + d.malformedSequences() + " malformed sequences");
            }
            Optional<String> why = Mojibake.why(d.text());
            why.ifPresent(w -> failures.add(where + "mojibake: " + w));
            if (page.charsetDeclared() != null && !page.charsetDeclared().equals(d.charsetDeclared())) {
                failures.add(where + "declaration read as " + d.charsetDeclared());
            }
            if (page.charsetDeclared() == null && d.declaredBy() != DeclaredBy.NONE) {
                failures.add(where + "found a declaration " + d.charsetDeclared() + " the manifest does not list");
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + pages + " pages:\n" + String.join("\n", failures));
    }

    @Test
    void damagedPagesCountTheirInvalidBytes() {
        List<DevPages.Page> damaged = DevPages.all().stream().filter(DevPages.Page::hasInvalidBytes).toList();
        assertTrue(!damaged.isEmpty(), "the manifest marks some pages as damaged");
        for (DevPages.Page page : damaged) {
            DecodedPage d = page.decoded();
            assertTrue(d.malformedSequences() > 0, page + ": the damage is counted");
            assertEquals(d.malformedSequences(), d.text().chars().filter(c -> c == 0xFFFD).count(),
                    page + ": each malformed sequence is one U+FFFD");
        }
    }

    @Test
    void utf8PagesDeclaringGb2312ComeOutUtf8() {
        List<DevPages.Page> liars = DevPages.all().stream()
                .filter(p -> p.family().equals("UTF-8") && "gb2312".equals(p.charsetDeclared())).toList();
        assertTrue(liars.size() >= 4, "the dev set has UTF-8 pages that declare gb2312");
        for (DevPages.Page page : liars) {
            DecodedPage d = page.decoded();
            assertEquals("UTF-8", d.charsetUsed(), page.file());
            assertEquals(DecidedBy.UTF8_OVERRIDE, d.decidedBy(), page.file());
            assertEquals(DeclaredBy.META, d.declaredBy(), page.file());
        }
    }

    @Test
    void cwcedGbPagesWithAndWithoutDeclaration() {
        List<DevPages.Page> gb = DevPages.under("html/cwced/").stream()
                .filter(p -> p.family().equals("GB18030")).toList();
        assertTrue(gb.size() >= 20);
        for (DevPages.Page page : gb) {
            DecodedPage d = page.decoded();
            assertEquals("GB18030", d.charsetUsed(), page.file());
            assertEquals(page.charsetDeclared() == null ? DecidedBy.DETECTED : DecidedBy.META, d.decidedBy(),
                    page.file());
        }
    }

    @Test
    void httpHeaderLyingAboutARealPage() {
        DevPages.Page gb = DevPages.all().stream()
                .filter(p -> p.file().startsWith("html/cwced/") && "gb2312".equals(p.charsetDeclared())
                        && !p.hasInvalidBytes())
                .findFirst().orElseThrow();
        DecodedPage d = DECODER.decode(gb.bytes(), "text/html; charset=UTF-8");
        assertEquals("GB18030", d.charsetUsed(), "UTF-8 header over GB bytes: the bytes win");
        assertEquals(DecidedBy.DETECTED, d.decidedBy());
        assertEquals("utf-8", d.charsetDeclared());
        assertEquals(DeclaredBy.HTTP_HEADER, d.declaredBy());
        assertEquals(0, d.malformedSequences());
        assertTrue(Mojibake.why(d.text()).isEmpty());
    }

    @Test
    void everyDevPageDecodedWronglyIsMojibake() {
        List<String> missed = new ArrayList<>();
        int tries = 0;
        for (DevPages.Page page : DevPages.all()) {
            byte[] bytes = page.bytes();
            for (String wrong : WRONG.get(page.family())) {
                tries++;
                String text = CharsetFamily.decodeWith(Charset.forName(wrong), bytes, 0).text();
                if (!Mojibake.looksGarbled(text)) {
                    missed.add(page.file() + " read as " + wrong + ": " + Mojibake.measure(text));
                }
            }
        }
        assertTrue(missed.isEmpty(), missed.size() + " of " + tries + " wrong decodings not recognised:\n"
                + String.join("\n", missed));
    }

    @Test
    void oneDecoderServesManyThreads() {
        List<byte[]> all = DevPages.all().stream().map(DevPages.Page::bytes).toList();
        List<DecodedPage> sequential = all.stream().map(b -> DECODER.decode(b, null)).toList();
        List<DecodedPage> parallel = all.parallelStream().map(b -> DECODER.decode(b, null)).toList();
        assertEquals(sequential, parallel);
    }
}

package org.rhetoriclake.core.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SimplifierTest {

    @Test
    void convertsTraditionalWords() {
        assertEquals("国务卿", Simplifier.toSimplified("國務卿"));
        assertEquals("台湾", Simplifier.toSimplified("臺灣"));
        assertEquals("台湾", Simplifier.toSimplified("台灣"));
        assertEquals("发言人", Simplifier.toSimplified("發言人"));
        assertEquals(HtmlDecoderTest.HANS, Simplifier.toSimplified(HtmlDecoderTest.HANT));
    }

    @Test
    void simplifiedAndNonChineseTextIsReturnedAsIs() {
        String hans = HtmlDecoderTest.HANS;
        assertSame(hans, Simplifier.toSimplified(hans));
        assertEquals("", Simplifier.toSimplified(""));
        assertEquals("U.S. Secretary of State, 12:30", Simplifier.toSimplified("U.S. Secretary of State, 12:30"));
    }

    /** The offset contract on a real Traditional page: same length, every non-Han char in place. */
    @Test
    void offsetsOfARealTraditionalPageAreKept() {
        for (String file : List.of("html/twnews/udn.html", "html/twnews/cna.html")) {
            String original = DevPages.named(file).decoded().text();
            String simplified = Simplifier.toSimplified(original);
            assertEquals(original.length(), simplified.length(), file);
            int changed = 0;
            for (int i = 0; i < original.length(); i++) {
                char o = original.charAt(i);
                char s = simplified.charAt(i);
                if (o != s) {
                    changed++;
                    assertTrue(Han.isHan(o) && Han.isHan(s), file + " @" + i + ": " + o + "→" + s);
                    assertEquals(s, Simplifier.toSimplified(o));
                }
            }
            assertTrue(changed > 500, file + ": a Traditional news page has many chars to convert, got " + changed);
            assertEquals(ChineseScript.HANS, ScriptDetector.detect(simplified), file);
            int at = original.indexOf("記者");
            assertTrue(at >= 0, file);
            assertEquals("记者", simplified.substring(at, at + 2), "an offset found in one copy is valid in the other");
        }
    }

    @Test
    void surrogatePairsAndLineBreaksAreUntouched() {
        String text = "𠮷野家\r\n說話𩸽";
        String simplified = Simplifier.toSimplified(text);
        assertEquals(text.length(), simplified.length());
        assertEquals("𠮷野家\r\n说话𩸽", simplified);
    }

    @Test
    void everyTableEntryIsHanToHan() {
        int entries = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            char s = Simplifier.toSimplified(c);
            if (s != c) {
                entries++;
                assertTrue(Han.isHan(c) && Han.isHan(s), Integer.toHexString(c));
            }
        }
        assertEquals(Simplifier.mappingCount(), entries);
        assertTrue(entries > 2500, "ICU's Hant-Hans converts a few thousand characters; the table has " + entries);
        System.out.printf("Simplifier: %d one-to-one mappings, %d Traditional-only, %d Simplified-only chars,"
                        + " table built in %.0f ms%n", entries, Simplifier.traditionalOnlyCount(),
                Simplifier.simplifiedOnlyCount(), Simplifier.tableBuildNanos() / 1e6);
    }

    @Test
    void evidenceSets() {
        for (char c : "國說們灣這個發會".toCharArray()) {
            assertTrue(Simplifier.isTraditionalOnly(c), String.valueOf(c));
            assertFalse(Simplifier.isSimplifiedOnly(c), String.valueOf(c));
        }
        for (char c : "国说们湾这个发会".toCharArray()) {
            assertTrue(Simplifier.isSimplifiedOnly(c), String.valueOf(c));
            assertFalse(Simplifier.isTraditionalOnly(c), String.valueOf(c));
        }
        // Both scripts write these: targets that Big5 also encodes, sources that GB 2312 also encodes, and
        // characters the converter leaves alone.
        for (char c : "台后干里面只乾著中人".toCharArray()) {
            assertFalse(Simplifier.isTraditionalOnly(c), String.valueOf(c));
            assertFalse(Simplifier.isSimplifiedOnly(c), String.valueOf(c));
        }
    }

    @Test
    void threadSafe() {
        String hant = HtmlDecoderTest.HANT.repeat(50);
        String expected = Simplifier.toSimplified(hant);
        assertTrue(IntStream.range(0, 64).parallel().mapToObj(i -> Simplifier.toSimplified(hant))
                .allMatch(expected::equals));
    }
}

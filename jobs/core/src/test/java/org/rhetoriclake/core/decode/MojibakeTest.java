package org.rhetoriclake.core.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Each fingerprint on text made wrong on purpose with the JDK's encoders, and clean text of several kinds. */
class MojibakeTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static String wrongly(String text, Charset written, Charset read) {
        return CharsetFamily.decodeWith(read, text.getBytes(written), 0).text();
    }

    @Test
    void cleanTextOfEveryKindPasses() {
        assertFalse(Mojibake.looksGarbled(HtmlDecoderTest.HANS));
        assertFalse(Mojibake.looksGarbled(HtmlDecoderTest.HANT));
        assertFalse(Mojibake.looksGarbled("The spokesperson said the talks would resume next week."));
        assertFalse(Mojibake.looksGarbled("Le porte-parole a déclaré : « les négociations reprendront la semaine"
                + " prochaine », selon un communiqué publié à Genève. Die Außenministerin äußerte sich später."
                + " As informações foram divulgadas após a reunião; a declaração saiu às três horas."));
        assertFalse(Mojibake.looksGarbled("他说：“这是……一个——重要的‘信号’。”奥巴马·侯赛因 × 3"));
        assertFalse(Mojibake.looksGarbled(""));
    }

    @Test
    void shortChineseWithRareButRealCharactersPasses() {
        // 璇 and 浣 are among the characters a UTF-8 lead pair shows as in GBK, but one of them is a name.
        assertFalse(Mojibake.looksGarbled("王璇在浣溪沙上题字"));
    }

    @Test
    void utf8ReadAsGbk() {
        String garbled = wrongly("外交部发言人表示，中方的立场是一贯的。", StandardCharsets.UTF_8, GBK);
        assertTrue(Mojibake.looksGarbled(garbled), garbled);
        assertTrue(Mojibake.why(garbled).orElseThrow().contains("GBK") || Mojibake.why(garbled).orElseThrow()
                .contains("U+FFFD"), Mojibake.why(garbled).orElseThrow());
    }

    @Test
    void utf8LeadPairsAloneGiveAShortGarbledTextAway() {
        // The first two bytes of 发 (E5 8F) and 的 (E7 9A) as GBK, as in a garbled headline.
        String garbled = new String(new byte[]{(byte) 0xE5, (byte) 0x8F, (byte) 0xE7, (byte) 0x9A, (byte) 0xE8,
                (byte) 0xAF}, GBK) + "新闻";
        assertEquals("鍙鐨璇新闻", garbled);
        assertTrue(Mojibake.why(garbled).orElseThrow().contains("lead-byte pairs"));
    }

    @Test
    void kunJinKao() {
        String scar = new String(new byte[]{(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xEF, (byte) 0xBF,
                (byte) 0xBD}, GBK);
        assertEquals("锟斤拷", scar);
        assertTrue(Mojibake.looksGarbled("标题" + scar + "正文内容"));
    }

    @Test
    void utf8ReadAsLatin1() {
        String garbled = wrongly("中国外交部", StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1);
        assertTrue(garbled.startsWith("ä¸"), garbled);
        assertTrue(Mojibake.why(garbled).orElseThrow().contains("UTF-8 sequences"), garbled);
        String cafe = wrongly("Café, crème brûlée, déjà vu, naïve", StandardCharsets.UTF_8, CP1252);
        assertTrue(Mojibake.looksGarbled(cafe), cafe);
    }

    @Test
    void gbAndBig5ReadAsLatin1() {
        String gb = wrongly(HtmlDecoderTest.HANS, GB18030, StandardCharsets.ISO_8859_1);
        String big5 = wrongly(HtmlDecoderTest.HANT, BIG5, StandardCharsets.ISO_8859_1);
        assertTrue(Mojibake.why(gb).orElseThrow().contains("Latin-1"), gb);
        assertTrue(Mojibake.why(big5).orElseThrow().contains("Latin-1"), big5);
    }

    @Test
    void big5ReadAsGbAndGbReadAsBig5() {
        String big5AsGb = wrongly(HtmlDecoderTest.HANT, BIG5, GB18030);
        String gbAsBig5 = wrongly(HtmlDecoderTest.HANS, GB18030, Charset.forName("x-windows-950"));
        assertTrue(Mojibake.looksGarbled(big5AsGb), big5AsGb);
        assertTrue(Mojibake.looksGarbled(gbAsBig5), gbAsBig5);
    }

    @Test
    void legacyReadAsUtf8LeavesReplacementCharacters() {
        String garbled = wrongly(HtmlDecoderTest.HANS, GB18030, StandardCharsets.UTF_8);
        assertTrue(Mojibake.why(garbled).orElseThrow().contains("U+FFFD"), garbled);
    }

    @Test
    void aFewReplacementCharactersInALongTextAreTolerated() {
        String text = HtmlDecoderTest.HANS.repeat(10);
        String damaged = text.substring(0, 100) + "\uFFFD" + text.substring(100, 400) + "\uFFFD\uFFFD"
                + text.substring(400);
        assertEquals(Optional.empty(), Mojibake.why(damaged));
        String ruined = text.replace('的', '\uFFFD').replace('，', '\uFFFD');
        assertTrue(Mojibake.looksGarbled(ruined));
    }

    @Test
    void iconFontGlyphsAreTolerated() {
        String page = HtmlDecoderTest.HANS.repeat(3) + "\uE609微博 \uE608微信 \uE617";
        assertFalse(Mojibake.looksGarbled(page));
    }
}

package org.rhetoriclake.core.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;
import java.util.Optional;

/**
 * Tells whether a text is the product of a decoding that went wrong (mojibake). Each signal is the
 * fingerprint of one specific wrong decoding, derived from how the encodings work rather than from a list of
 * bad pages:
 * <ul>
 *   <li><b>replacement characters</b> (U+FFFD) beyond a small tolerance: bytes that were invalid in the charset
 *       used, e.g. GB18030 or Big5 read as UTF-8;</li>
 *   <li><b>{@code 锟斤拷}</b>: the bytes of two U+FFFD in UTF-8 ({@code EF BF BD EF BF BD}) read as GBK, the
 *       scar of a page that was damaged once as UTF-8 and then read as GBK;</li>
 *   <li><b>UTF-8 read as GBK</b>: every UTF-8 Chinese char is three bytes {@code E4–E9 80–BF 80–BF}, and GBK
 *       reads its first two bytes as one of the few hundred characters whose GBK code is {@code E4–E9 80–BF}
 *       (鍙 = 发/可/台…, 鐨 = 的, 璇 = 说, 鏄 = 是, 浣 = 你/位 …). Those are GB 2312 level-2 or GBK-extension
 *       characters, rare in real text, but in this kind of mojibake about a third of all Han characters. The set
 *       is computed by decoding those byte pairs with the JDK's GB18030 decoder;</li>
 *   <li><b>rare Han characters</b>: any wrong CJK decoding (UTF-8 as GBK or Big5, GB as Big5, Big5 as GB)
 *       turns byte pairs into arbitrary code points of the other table, most of which are outside the two
 *       national lists of frequently used characters, GB 2312 level 1 (Simplified) and Big5 level 1
 *       (Traditional), which together cover nearly all of the text of a correctly decoded page in either
 *       script;</li>
 *   <li><b>private-use characters</b>: GB18030 and windows-950 map their user-defined areas to U+E000–U+F8FF,
 *       and the other table's frequent characters fall there (Big5's first rows in GB18030, GB 2312's in
 *       windows-950);</li>
 *   <li><b>UTF-8 read as Latin-1 / windows-1252</b> ({@code ä¸­å›½} for 中国): a lead byte {@code C2–F4} shown
 *       as {@code Â…ô} followed by as many continuation bytes {@code 80–BF} as it announces;</li>
 *   <li><b>GB or Big5 read as Latin-1 / windows-1252</b> ({@code ÖÐ¹ú} for 中国): runs of byte pairs shown as
 *       Latin-1 letters and symbols (a high char followed by another, or by the ASCII letter a GBK or Big5 trail
 *       byte shows as), three pairs or more, which European text almost never strings together.</li>
 * </ul>
 * Thresholds are set so that every correctly decoded dev page passes with a wide margin and every wrongly
 * decoded one fails (see the constants and the tests). Short texts need several hits of a signal, so a name
 * written with a rare character is not mojibake. One pass over the text (plus one over Latin-1 chars, if any).
 * Stateless and thread-safe.
 */
public final class Mojibake {

    // Thresholds, measured on the dev pages and samples (DevPagesDecodeTest decodes each rightly and three
    // ways wrongly). Correctly decoded, the worst page has 12 U+FFFD in over 12,000 non-ASCII chars, 1.1%
    // private-use chars (a site's own glyphs in GBK's user-defined area), 1% UTF-8 lead pairs, 5% rare Han chars,
    // no UTF-8-as-Latin sequence and no Latin-1 pair run. Decoded wrongly, every page trips at least one signal
    // by a wide margin; the mildest values seen for the signal that fits each mistake are 3% U+FFFD (UTF-8 read
    // as GB18030) up to 78% (GB read as UTF-8), 34% private-use (Big5 as GB18030), 35% lead pairs (UTF-8 as
    // GBK), 39% rare Han (GB as Big5), 79% of Latin-1 lead letters starting a UTF-8 sequence (UTF-8 as
    // Latin-1), 66% of Latin-1 chars in pair runs (GB or Big5 as Latin-1).
    // A signal fires when its count reaches the MIN_ value and its share reaches the _PERCENT value.
    static final int MIN_REPLACEMENTS = 4;
    static final int REPLACEMENT_PERCENT = 1;
    static final int MIN_PRIVATE_USE = 8;
    static final int PRIVATE_USE_PERCENT = 3;
    static final int MIN_LEAD_PAIRS = 3;
    static final int LEAD_PAIR_PERCENT = 20;
    static final int MIN_HAN_FOR_RARE_SHARE = 20;
    static final int RARE_PERCENT = 25;
    static final int UTF8_AS_LATIN_PERCENT = 70;
    static final int MIN_LATIN_RUN_CHARS = 16;
    static final int MIN_PAIRS_IN_RUN = 3;

    private Mojibake() {
    }

    /** Whether {@code text} looks like the result of a wrong decoding. */
    public static boolean looksGarbled(String text) {
        return why(text).isPresent();
    }

    /** The first signal that fired, in words, or empty for text that looks correctly decoded. */
    public static Optional<String> why(String text) {
        return verdict(measure(text));
    }

    /** Per-text counts behind the verdict (package-private, for tests and tuning). */
    record Stats(int chars, int nonAscii, int replacement, int fffdScars, int privateUse, int han, int rareHan,
                 int utf8LeadPairs, int latinLetters, int utf8AsLatin, int latinRunChars, int latinHigh) {
    }

    static Stats measure(String text) {
        int nonAscii = 0;
        int replacement = 0;
        int privateUse = 0;
        int han = 0;
        int rare = 0;
        int leadPairs = 0;
        int latinLetters = 0;   // U+00C2-U+00F4: the Latin-1 chars a UTF-8 lead byte shows as
        int utf8AsLatin = 0;    // of those, how many are followed by the continuation chars they announce
        int latinHigh = 0;      // chars a byte 0x80-0xFF shows as in Latin-1 / windows-1252
        int n = text.length();
        for (int i = 0; i < n; ) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                i++;
                continue;
            }
            int cp = Character.isHighSurrogate(ch) ? text.codePointAt(i) : ch;
            int width = Character.charCount(cp);
            nonAscii++;
            if (cp == 0xFFFD) {
                replacement++;
            } else if (Han.isPrivateUse(cp)) {
                privateUse++;
            } else if (Han.isHan(cp)) {
                han++;
                if (!Han.isCommon(cp)) {
                    rare++;
                }
                if (cp < 0x10000 && Signatures.UTF8_LEAD_PAIRS.get(cp)) {
                    leadPairs++;
                }
            }
            if (cp >= 0xC2 && cp <= 0xF4) {
                latinLetters++;
                if (continuationsFollow(text, i + 1, cp)) {
                    utf8AsLatin++;
                }
            }
            if (isLatinRunChar(cp)) {
                latinHigh++;
            }
            i += width;
        }
        int latinRunChars = latinHigh == 0 ? 0 : latinPairRunChars(text);
        int scars = 0;
        for (int at = text.indexOf("锟斤拷"); at >= 0; at = text.indexOf("锟斤拷", at + 3)) {
            scars++;
        }
        return new Stats(n, nonAscii, replacement, scars, privateUse, han, rare, leadPairs, latinLetters,
                utf8AsLatin, latinRunChars, latinHigh);
    }

    static Optional<String> verdict(Stats s) {
        if (s.fffdScars() > 0) {
            return Optional.of("锟斤拷: UTF-8 replacement characters read as GBK (" + s.fffdScars() + "×)");
        }
        if (s.replacement() >= MIN_REPLACEMENTS && s.replacement() * 100 >= s.nonAscii() * REPLACEMENT_PERCENT) {
            return Optional.of(s.replacement() + " replacement characters (U+FFFD) in " + s.nonAscii()
                    + " non-ASCII chars: bytes invalid in the charset used");
        }
        if (s.privateUse() >= MIN_PRIVATE_USE
                && s.privateUse() * 100 >= (s.han() + s.privateUse()) * PRIVATE_USE_PERCENT) {
            return Optional.of(s.privateUse() + " private-use chars beside " + s.han()
                    + " Han chars: one CJK charset's bytes read as another's user-defined area");
        }
        if (s.utf8LeadPairs() >= MIN_LEAD_PAIRS && s.utf8LeadPairs() * 100 >= s.han() * LEAD_PAIR_PERCENT) {
            return Optional.of(s.utf8LeadPairs() + " of " + s.han()
                    + " Han chars are UTF-8 lead-byte pairs read as GBK (鍙, 鐨, 璇, 鏄 …)");
        }
        if (s.han() >= MIN_HAN_FOR_RARE_SHARE && s.rareHan() * 100 >= s.han() * RARE_PERCENT) {
            return Optional.of(s.rareHan() + " of " + s.han()
                    + " Han chars are outside GB 2312 level 1 and Big5 level 1: a wrong CJK decoding");
        }
        if (s.utf8AsLatin() >= 2 && s.utf8AsLatin() * 100 >= s.latinLetters() * UTF8_AS_LATIN_PERCENT) {
            return Optional.of(s.utf8AsLatin() + " UTF-8 sequences shown as Latin-1/windows-1252 (ä¸­, å›½ …)");
        }
        if (s.latinRunChars() >= MIN_LATIN_RUN_CHARS && s.latinRunChars() * 2 >= s.latinHigh()) {
            return Optional.of(s.latinRunChars() + " chars in runs of Latin-1 letters and symbols:"
                    + " multi-byte text (GB, Big5, UTF-8) read as Latin-1/windows-1252");
        }
        return Optional.empty();
    }

    /** The byte a char stands for when windows-1252 (or Latin-1, for C1 controls) decoded it, or -1. */
    private static int latinByte(int cp) {
        return cp < LatinTables.BYTE.length ? LatinTables.BYTE[cp] : -1;
    }

    /** windows-1252 0x80-0x9F; U+FFFD marks the five undefined bytes. */
    private static final String CP1252_HIGH =
            "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";

    /** Look-up tables over U+0000-U+2122 (™, the highest windows-1252 char), so the scan does no searching. */
    private static final class LatinTables {
        static final short[] BYTE = new short[0x2123];
        static final boolean[] RUN = new boolean[0x2123];

        static {
            java.util.Arrays.fill(BYTE, (short) -1);
            for (int c = 0x80; c <= 0xFF; c++) {
                BYTE[c] = (short) c;
            }
            for (int i = 0; i < CP1252_HIGH.length(); i++) {
                char c = CP1252_HIGH.charAt(i);
                if (c != '\uFFFD') {
                    BYTE[c] = (short) (0x80 + i);
                }
            }
            for (int c = 0; c < RUN.length; c++) {
                RUN[c] = computeRunChar(c);
            }
        }

        private static boolean computeRunChar(int cp) {
            if (cp >= 0xA1 && cp <= 0xFF) {
                return cp != 0xB7 && cp != 0xD7 && cp != 0xF7;
            }
            if (cp >= 0x80 && cp <= 0x9F) {
                return true;
            }
            return BYTE[cp] >= 0 && "‘’“”…–—•".indexOf(cp) < 0;
        }
    }

    private static boolean continuationsFollow(String text, int from, int lead) {
        int needed = lead <= 0xDF ? 1 : lead <= 0xEF ? 2 : 3;
        if (from + needed > text.length()) {
            return false;
        }
        for (int k = 0; k < needed; k++) {
            char c = text.charAt(from + k);
            int b = c == 0xFFFD ? -1 : latinByte(c);
            if (b < 0x80 || b > 0xBF) {
                return false;
            }
        }
        return true;
    }

    /**
     * A char a byte 0x80-0xFF shows as under Latin-1 or windows-1252, minus the ones ordinary text uses on its
     * own: no-break space, middle dot (in Chinese names), ×, ÷ and the typographic punctuation of 0x80-0x9F
     * (curly quotes, ellipsis, dashes, bullet) that Chinese text uses natively.
     */
    private static boolean isLatinRunChar(int cp) {
        return cp >= 0x80 && cp < LatinTables.RUN.length && LatinTables.RUN[cp];
    }

    /**
     * Chars in runs of at least {@value #MIN_PAIRS_IN_RUN} consecutive "double-byte pairs" as Latin-1 shows
     * them: a char of a byte 0x80-0xFF followed by another such char or by an ASCII char 0x40-0x7E (the trail
     * bytes GBK and Big5 share with ASCII). Chinese text read as Latin-1 is made of nothing else; European
     * text, where an accented letter is followed by a plain letter and then a space or another plain letter,
     * almost never strings three such pairs together. A run must also use at least three distinct high chars,
     * so a decorative {@code ¤¤¤¤¤¤} does not count.
     */
    private static int latinPairRunChars(String text) {
        int total = 0;
        int pairs = 0;
        int runStart = 0;
        int n = text.length();
        int i = 0;
        while (i <= n) {
            boolean pair = i + 1 < n && isLatinRunChar(text.charAt(i)) && (isLatinRunChar(text.charAt(i + 1))
                    || (text.charAt(i + 1) >= 0x40 && text.charAt(i + 1) <= 0x7E));
            if (pair) {
                if (pairs == 0) {
                    runStart = i;
                }
                pairs++;
                i += 2;
                continue;
            }
            if (pairs >= MIN_PAIRS_IN_RUN) {
                long distinctHigh = text.substring(runStart, runStart + 2 * pairs).chars()
                        .filter(Mojibake::isLatinRunChar).distinct().count();
                if (distinctHigh >= 3) {
                    total += 2 * pairs;
                }
            }
            pairs = 0;
            i++;
        }
        return total;
    }

    /** Built on first use. */
    private static final class Signatures {
        static final BitSet UTF8_LEAD_PAIRS = new BitSet(0x10000);

        static {
            CharsetDecoder gb = Charset.forName("GB18030").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            for (int lead = 0xE4; lead <= 0xE9; lead++) {
                for (int trail = 0x80; trail <= 0xBF; trail++) {
                    try {
                        CharBuffer c = gb.reset().decode(ByteBuffer.wrap(new byte[]{(byte) lead, (byte) trail}));
                        if (c.length() == 1 && Han.isHan(c.charAt(0))) {
                            UTF8_LEAD_PAIRS.set(c.charAt(0));
                        }
                    } catch (CharacterCodingException e) {
                        // not a character in GB18030: no signature
                    }
                }
            }
        }
    }
}

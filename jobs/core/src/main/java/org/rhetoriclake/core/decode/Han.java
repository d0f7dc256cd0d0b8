package org.rhetoriclake.core.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;

/**
 * Which code points are Han ideographs, and the character repertoires of the two national standards that
 * define "everyday" Chinese: GB 2312 (Simplified) and Big5 (Traditional). The repertoires are read out of the
 * JDK's own GB2312 and Big5 decoders, so nothing here is a hand-typed character list.
 *
 * <p>Level 1 of each standard is its list of frequently used characters: GB 2312 rows 16–55 (lead bytes
 * 0xB0–0xD7, 3,755 characters) and Big5 0xA440–0xC67E (5,401 characters). Together they cover nearly all of
 * the running text of a correctly decoded Chinese page in either script, which is what {@link Mojibake} uses
 * them for.
 */
final class Han {

    private Han() {
    }

    /** A Han ideograph: the CJK Unified Ideographs blocks (BMP, Extension A, the supplementary planes) and the
     * compatibility ideographs. Radicals, strokes and the ideographic iteration mark are not counted. */
    static boolean isHan(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFF);
    }

    static boolean isKanaOrHangul(int cp) {
        return (cp >= 0x3041 && cp <= 0x30FF && cp != 0x30FB) // hiragana, katakana (not the middle dot)
                || (cp >= 0x31F0 && cp <= 0x31FF)                 // katakana phonetic extensions
                || (cp >= 0xAC00 && cp <= 0xD7A3)                 // Hangul syllables
                || (cp >= 0x1100 && cp <= 0x11FF)                 // Hangul jamo
                || (cp >= 0x3131 && cp <= 0x318E);                // Hangul compatibility jamo
    }

    static boolean isPrivateUse(int cp) {
        return (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000 && cp <= 0x10FFFD);
    }

    /** GB 2312 level 1 ∪ Big5 level 1: the everyday characters of Simplified and of Traditional text. */
    static boolean isCommon(int cp) {
        return cp < 0x10000 && Repertoires.COMMON.get(cp);
    }

    /** In GB 2312 at all (either level, or the symbol rows). */
    static boolean inGb2312(char c) {
        return Repertoires.GB2312.get(c);
    }

    /** In Big5 at all (either level, or the symbol rows). */
    static boolean inBig5(char c) {
        return Repertoires.BIG5.get(c);
    }

    /** Built on first use; decoding every two-byte code of both tables takes a few milliseconds. */
    private static final class Repertoires {
        static final BitSet GB2312 = new BitSet(0x10000);
        static final BitSet BIG5 = new BitSet(0x10000);
        static final BitSet COMMON = new BitSet(0x10000);

        static {
            // GB 2312 as EUC-CN: rows 0xA1-0xF7, cells 0xA1-0xFE; level 1 is rows 0xB0-0xD7.
            CharsetDecoder gb = strict("GB2312");
            for (int lead = 0xA1; lead <= 0xF7; lead++) {
                for (int trail = 0xA1; trail <= 0xFE; trail++) {
                    int c = decodePair(gb, lead, trail);
                    if (c >= 0) {
                        GB2312.set(c);
                        if (lead >= 0xB0 && lead <= 0xD7 && isHan(c)) {
                            COMMON.set(c);
                        }
                    }
                }
            }
            // Big5: lead 0xA1-0xF9, trail 0x40-0x7E and 0xA1-0xFE; level 1 is 0xA440-0xC67E.
            CharsetDecoder big5 = strict("Big5");
            for (int lead = 0xA1; lead <= 0xF9; lead++) {
                for (int trail = 0x40; trail <= 0xFE; trail++) {
                    if (trail > 0x7E && trail < 0xA1) {
                        continue;
                    }
                    int c = decodePair(big5, lead, trail);
                    if (c >= 0) {
                        BIG5.set(c);
                        int code = lead << 8 | trail;
                        if (code >= 0xA440 && code <= 0xC67E && isHan(c)) {
                            COMMON.set(c);
                        }
                    }
                }
            }
        }

        private static CharsetDecoder strict(String name) {
            return Charset.forName(name).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        private static int decodePair(CharsetDecoder decoder, int lead, int trail) {
            try {
                CharBuffer out = decoder.reset().decode(ByteBuffer.wrap(new byte[]{(byte) lead, (byte) trail}));
                return out.length() == 1 ? out.charAt(0) : -1;
            } catch (CharacterCodingException e) {
                return -1;
            }
        }
    }
}

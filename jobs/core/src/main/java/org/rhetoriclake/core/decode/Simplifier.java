package org.rhetoriclake.core.decode;

import com.ibm.icu.text.Transliterator;

import java.util.BitSet;

/**
 * Traditional → Simplified Chinese, one UTF-16 char for one UTF-16 char.
 *
 * <p><b>Contract (the offset mapping).</b> {@code toSimplified(s).length() == s.length()}, and for every index
 * {@code i} the char at {@code i} of the result is the Simplified form of the char at {@code i} of {@code s}
 * (the char itself when it has none). Every non-Han char, every surrogate and every line break is unchanged.
 * So a character offset found in the Simplified copy (an entity mention, a quotation, a cue word found by the
 * Simplified-trained NER and the Simplified lexicons) is the same offset in the original text, and no offset
 * table has to be stored or shipped.
 *
 * <p><b>Source of the mappings.</b> The conversions are ICU4J's {@code Hant-Hans} transliterator, a maintained
 * converter, not a hand-written list. Once per JVM (lazy holder) every BMP Han code point (CJK Unified
 * Ideographs, Extension A, compatibility ideographs) is transliterated on its own and the 1→1 results are kept
 * in a {@code char[65536]} table; conversion is then one array look-up per char, allocation-free apart from
 * the result, and thread-safe (the table is never written after construction). What the table gives up, by
 * design:
 * <ul>
 *   <li>mappings whose target is a supplementary character (about 170 rare characters whose Simplified form
 *       is in CJK Extension B and later): the char is kept, because a target of two UTF-16 units would shift
 *       every later offset;</li>
 *   <li>ICU's phrase rules (e.g. it leaves {@code 著名} alone and turns {@code 甚麼} into {@code 什么}): the
 *       table maps each char by its standalone conversion, so {@code 著名} becomes {@code 着名} and {@code 甚麼}
 *       becomes {@code 甚么}.</li>
 * </ul>
 * The converter is meant for text that {@link ScriptDetector} calls {@link ChineseScript#HANT}: a handful of
 * Traditional forms are also ordinary Simplified characters (乾, 著, 於, 後, 徵, 藉 … the 18 sources of the
 * table that GB 2312 also encodes), and converting them inside Simplified text would change its meaning
 * ({@code 乾隆} → {@code 干隆}), exactly as the ICU transliterator would.
 *
 * <p><b>Script evidence.</b> The same table is the one source of truth for {@link ScriptDetector}:
 * <ul>
 *   <li>Traditional-only: chars the table changes that GB 2312 (the Simplified repertoire) does not encode;</li>
 *   <li>Simplified-only: chars the table produces that Big5 (the Traditional repertoire) does not encode and
 *       that are not themselves converted. That leaves out targets that are also ordinary Traditional
 *       characters, such as 台 (臺), 后 (後), 干 (乾), 里 (裡), 面 (麵), 只 (隻).</li>
 * </ul>
 */
public final class Simplifier {

    private Simplifier() {
    }

    /** The Simplified copy of {@code text}, char-for-char (see the class comment for the contract). */
    public static String toSimplified(String text) {
        char[] table = Table.TO_SIMPLIFIED;
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char s = table[c];
            if (s != 0) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = s;
            }
        }
        return out == null ? text : new String(out);
    }

    /** The Simplified form of one char, or the char itself. Surrogates and non-Han chars map to themselves. */
    public static char toSimplified(char c) {
        char s = Table.TO_SIMPLIFIED[c];
        return s == 0 ? c : s;
    }

    /** A Traditional form that no Simplified text uses (changed by the converter, not in GB 2312). */
    public static boolean isTraditionalOnly(char c) {
        return Table.TRADITIONAL_ONLY.get(c);
    }

    /** A Simplified form that no Traditional text uses (produced by the converter, not in Big5). */
    public static boolean isSimplifiedOnly(char c) {
        return Table.SIMPLIFIED_ONLY.get(c);
    }

    /** How many chars the table converts. */
    public static int mappingCount() {
        return Table.MAPPINGS;
    }

    /** Number of Traditional-only chars. */
    public static int traditionalOnlyCount() {
        return Table.TRADITIONAL_ONLY.cardinality();
    }

    /** Number of Simplified-only chars. */
    public static int simplifiedOnlyCount() {
        return Table.SIMPLIFIED_ONLY.cardinality();
    }

    /** Wall time the table took to build in this JVM, in nanoseconds (forces the build). */
    public static long tableBuildNanos() {
        return Table.BUILD_NANOS;
    }

    /** Lazy holder: built on first use, by the class loader's lock, once per JVM. */
    private static final class Table {
        static final char[] TO_SIMPLIFIED = new char[0x10000];
        static final BitSet TRADITIONAL_ONLY = new BitSet(0x10000);
        static final BitSet SIMPLIFIED_ONLY = new BitSet(0x10000);
        static final int MAPPINGS;
        static final long BUILD_NANOS;

        static {
            long start = System.nanoTime();
            Transliterator hantHans = Transliterator.getInstance("Hant-Hans");
            int mappings = 0;
            mappings += fill(hantHans, 0x3400, 0x4DBF);
            mappings += fill(hantHans, 0x4E00, 0x9FFF);
            mappings += fill(hantHans, 0xF900, 0xFAFF);
            MAPPINGS = mappings;
            BitSet targets = new BitSet(0x10000);
            for (int c = 0; c < TO_SIMPLIFIED.length; c++) {
                if (TO_SIMPLIFIED[c] != 0) {
                    targets.set(TO_SIMPLIFIED[c]);
                    if (!Han.inGb2312((char) c)) {
                        TRADITIONAL_ONLY.set(c);
                    }
                }
            }
            for (int t = targets.nextSetBit(0); t >= 0; t = targets.nextSetBit(t + 1)) {
                if (TO_SIMPLIFIED[t] == 0 && !Han.inBig5((char) t)) {
                    SIMPLIFIED_ONLY.set(t);
                }
            }
            TRADITIONAL_ONLY.andNot(targets);
            BUILD_NANOS = System.nanoTime() - start;
        }

        private static int fill(Transliterator hantHans, int from, int to) {
            int n = 0;
            for (int c = from; c <= to; c++) {
                String converted = hantHans.transliterate(String.valueOf((char) c));
                if (converted.length() == 1 && converted.charAt(0) != c) {
                    TO_SIMPLIFIED[c] = converted.charAt(0);
                    n++;
                }
            }
            return n;
        }
    }
}

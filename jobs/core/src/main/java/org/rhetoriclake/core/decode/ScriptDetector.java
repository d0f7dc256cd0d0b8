package org.rhetoriclake.core.decode;

/**
 * Tells Simplified from Traditional Chinese by counting the characters only one of the two scripts uses.
 *
 * <p>The evidence sets come from {@link Simplifier}'s table (one source of truth): a Traditional-only char is
 * one the converter changes and GB 2312 does not encode (國, 說, 們, 灣 …), a Simplified-only char is one the
 * converter produces and Big5 does not encode (国, 说, 们, 湾 …). Characters both scripts write alike (中, 人,
 * 台, 后 …) are not evidence either way. Running text of either script is dense in its own evidence (in the
 * dev pages, a quarter or more of the Han characters), while a page of the other script carries a little
 * by accident: a "繁體" or "简体" language link, a quoted name.
 *
 * <p>The decision, in order:
 * <ol>
 *   <li>no Han character → {@link ChineseScript#UNDETERMINED};</li>
 *   <li>kana and Hangul make up a quarter or more of the Han + kana + Hangul letters → the text is Japanese
 *       or Korean, not Chinese → {@link ChineseScript#UNDETERMINED};</li>
 *   <li>Traditional-only chars outnumber Simplified-only chars and are at least 2% of the Han chars (so one
 *       "繁體" link in a long Simplified page does not flip it) → {@link ChineseScript#HANT};</li>
 *   <li>otherwise → {@link ChineseScript#HANS}. This includes Chinese text with too little evidence to tell,
 *       such as a short headline written with shared characters only ({@code 日本天皇}). Such text is
 *       already valid Simplified Chinese, which is what the rest of the pipeline (the Simplified-trained NER
 *       model, the Simplified lexicons) needs, and {@link Simplifier} would leave it unchanged anyway; a
 *       short text with any Traditional-only char and no Simplified-only one ({@code 臺灣}) is HANT.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class ScriptDetector {

    /** Minimum share of Han chars that must be Traditional-only for HANT. */
    static final double MIN_TRADITIONAL_SHARE = 0.02;
    /** Share of kana + Hangul among CJK letters from which a text is Japanese or Korean. */
    static final double MAX_KANA_HANGUL_SHARE = 0.25;

    private ScriptDetector() {
    }

    /** The counts behind a decision, for logs and evaluation. */
    public record Evidence(int han, int traditionalOnly, int simplifiedOnly, int kanaOrHangul,
                           ChineseScript script) {
    }

    /** The script of {@code text}. */
    public static ChineseScript detect(String text) {
        return analyze(text).script();
    }

    /** The script of {@code text} with the counts it was decided on. */
    public static Evidence analyze(String text) {
        int han = 0;
        int traditional = 0;
        int simplified = 0;
        int kanaHangul = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Han.isHan(cp)) {
                han++;
                if (cp < 0x10000) {
                    if (Simplifier.isTraditionalOnly((char) cp)) {
                        traditional++;
                    } else if (Simplifier.isSimplifiedOnly((char) cp)) {
                        simplified++;
                    }
                }
            } else if (Han.isKanaOrHangul(cp)) {
                kanaHangul++;
            }
        }
        return new Evidence(han, traditional, simplified, kanaHangul, decide(han, traditional, simplified, kanaHangul));
    }

    private static ChineseScript decide(int han, int traditional, int simplified, int kanaHangul) {
        if (han == 0 || kanaHangul >= MAX_KANA_HANGUL_SHARE * (han + kanaHangul)) {
            return ChineseScript.UNDETERMINED;
        }
        if (traditional > simplified && traditional >= MIN_TRADITIONAL_SHARE * han) {
            return ChineseScript.HANT;
        }
        return ChineseScript.HANS;
    }
}

package org.rhetoriclake.core.decode;

/** The script a Chinese text is written in, with its BCP 47 tag. */
public enum ChineseScript {
    /** Simplified Chinese, or Chinese text that uses no character specific to either script. */
    HANS("zh-Hans"),
    /** Traditional Chinese. */
    HANT("zh-Hant"),
    /** Not Chinese text (no Han characters, or Japanese or Korean), so no script can be told. */
    UNDETERMINED("zh");

    private final String tag;

    ChineseScript(String tag) {
        this.tag = tag;
    }

    /** {@code zh-Hans}, {@code zh-Hant} or {@code zh}. */
    public String bcp47Tag() {
        return tag;
    }
}

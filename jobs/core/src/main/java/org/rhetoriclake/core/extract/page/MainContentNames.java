package org.rhetoriclake.core.extract.page;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, {@code class} and {@code id} say about it: hidden, or a box that is never article text
 * (navigation, comments, share bars, related or recommended links, advertising, copyright footers).
 *
 * <p>Class and id values are split into words (at punctuation, digits-to-letters is not split, and at camelCase
 * humps), so {@code related-news}, {@code relatedNews} and {@code related_news} all contain {@code related},
 * while {@code header} and {@code download} never match {@code ad}. Chinese sites often name boxes in pinyin, so
 * a few pinyin words ({@code pinglun} comments, {@code fenxiang} share, {@code xiangguan} related,
 * {@code tuijian} recommended) are in the list too. The id and the class are judged apart, and within one of them
 * a word that says "content" ({@code article}, {@code content}, {@code main}, {@code entry}) outweighs a negative
 * one: {@code content-with-sidebar} holds the article, while {@code id="comment-box" class="user-post-box"} is
 * the comments.
 */
final class MainContentNames {
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer");
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "commentlist", "reply",
            "replies", "pinglun");
    private static final Set<String> NEGATIVE = Set.of("share", "sharing", "social", "bshare", "jiathis", "related", "relate", "recommend", "recommended",
            "recommendation", "footer", "copyright", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "nav", "navbar",
            "navigation", "menu", "sidebar", "toolbar", "ad", "ads", "advert", "advertisement", "adsbygoogle",
            "sponsor", "sponsored", "popup", "modal", "login", "subscribe", "pagination", "pager", "tags",
            "fenxiang", "xiangguan", "tuijian", "xgxw", "xgyd", "rank", "ranking", "hotnews", "slider",
            "swiper", "carousel", "promo", "promotion", "qrcode", "erweima");
    private static final Set<String> POSITIVE = Set.of("article", "content", "contents", "main", "entry", "story",
            "detail", "zhengwen");
    /** Headings of legal notices (Simplified, Traditional, English), looked for in the first characters. */
    private static final java.util.List<String> NOTICE_HEADINGS = java.util.List.of("版权声明", "版權聲明",
            "免责声明", "免責聲明", "版权与免责", "版權與免責", "反侵权", "反侵權", "版权所有", "版權所有", "声明：",
            "聲明：", "Copyright", "COPYRIGHT", "©");
    /** Phrases only notices use, looked for in the whole lead. */
    private static final java.util.List<String> NOTICE_PHRASES = java.util.List.of("不得转载", "不得轉載", "禁止转载",
            "禁止轉載", "侵权必究", "侵權必究", "ICP备", "ICP証", "ICP证");
    /** How far into a box a notice heading may start (after a site name, say). */
    private static final int NOTICE_START = 12;
    private static final Set<String> NEVER_BOILERPLATE = Set.of("html", "body", "main", "article");

    private MainContentNames() {
    }

    /** {@code hidden}, or an inline style with {@code display:none} or {@code visibility:hidden}. */
    static boolean isHidden(Element el) {
        if (el.hasAttr("hidden")) {
            return true;
        }
        String style = el.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /** What a box's tag and names say. */
    enum Verdict {
        /** Nothing against it. */
        NONE,
        /** Navigation, sharing, related links, footer, ads…: boilerplate, unless it turns out to wrap the page. */
        BOILERPLATE,
        /** Comments and replies: never the article, however much prose they hold. */
        COMMENTS
    }

    /** The verdict of the tag, the id and the class. */
    static Verdict verdict(Element el) {
        String tag = el.normalName();
        if (NEVER_BOILERPLATE.contains(tag)) {
            return Verdict.NONE;
        }
        Verdict byId = says(el.id());
        Verdict byClass = says(el.className());
        if (byId == Verdict.COMMENTS || byClass == Verdict.COMMENTS) {
            return Verdict.COMMENTS;
        }
        if (BOILERPLATE_TAGS.contains(tag) || byId == Verdict.BOILERPLATE || byClass == Verdict.BOILERPLATE) {
            return Verdict.BOILERPLATE;
        }
        return Verdict.NONE;
    }

    /** One attribute value names boilerplate: a negative word and no positive one. */
    private static Verdict says(String names) {
        if (names.isEmpty()) {
            return Verdict.NONE;
        }
        Verdict verdict = Verdict.NONE;
        for (String word : words(names)) {
            if (POSITIVE.contains(word)) {
                return Verdict.NONE;
            }
            if (COMMENT_WORDS.contains(word)) {
                verdict = Verdict.COMMENTS;
            } else if (verdict == Verdict.NONE && NEGATIVE.contains(word)) {
                verdict = Verdict.BOILERPLATE;
            }
        }
        return verdict;
    }

    /**
     * A legal notice or copyright box: its text ({@code lead}, the first characters of the box) starts with a
     * notice heading such as 版权声明, 免责声明, 反侵权公告, 版权所有, Copyright or ©, or contains a phrase only
     * notices use (不得转载, 侵权必究, an ICP licence number). Only the start of a box is read, so an article that
     * ends with a reprint line keeps its body; the notice's own paragraph or box is left out.
     */
    static boolean isNotice(Element el, CharSequence lead) {
        if (NEVER_BOILERPLATE.contains(el.normalName()) || lead.length() == 0) {
            return false;
        }
        String text = lead.toString();
        String start = text.substring(0, Math.min(NOTICE_START, text.length()));
        for (String marker : NOTICE_HEADINGS) {
            if (start.contains(marker)) {
                return true;
            }
        }
        for (String marker : NOTICE_PHRASES) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words of a class/id value: split at non-letters and at lower-to-upper case changes. */
    static java.util.List<String> words(String names) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean hump = c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z';
            if (!letter || hump) {
                if (word.length() > 0) {
                    out.add(word.toString().toLowerCase(Locale.ROOT));
                    word.setLength(0);
                }
            }
            if (letter) {
                word.append(c);
            }
            prev = c;
        }
        if (word.length() > 0) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}

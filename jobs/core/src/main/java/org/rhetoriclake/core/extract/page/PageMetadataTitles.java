package org.rhetoriclake.core.extract.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the site's name off a page title: {@code 宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网} becomes the
 * headline {@code 宇航员在太空中喝酒会怎么样？后果很严重}.
 *
 * <p>A title is split at the separators sites put between headline, channel and site name: {@code _}, {@code |},
 * {@code ｜}, {@code ::}, {@code @}, a spaced {@code -} or {@code –}, {@code --}, and an unspaced {@code -} next to a
 * Han character. Trailing segments are removed while they are a known name of the site (from the page's metadata)
 * or short (at most {@link #MAX_SUFFIX_CHARS}) with a longer headline left in front; a segment naming a domain
 * ({@code CSDN.NET}) goes even when glued on with a plain hyphen. A leading segment goes only when it is a known
 * site name, or ends in {@code »} (a breadcrumb). The long em dash {@code ——} is never a separator: Chinese
 * headlines use it for subtitles.
 */
final class PageMetadataTitles {
    /** Longer trailing segments are part of the headline, not a site or channel name. */
    static final int MAX_SUFFIX_CHARS = 16;
    /** A headline left shorter than this is not worth a suffix cut (the title was the name of something). */
    static final int MIN_HEADLINE_CHARS = 5;

    private static final Pattern SEPARATOR = Pattern.compile(
            "[\\s\\u00A0\\u3000]*(?:_+|\\|+|｜|::|--|<|[\\s\\u00A0\\u3000]@[\\s\\u00A0\\u3000]"
                    + "|(?<=[\\s\\u00A0\\u3000])[-–—](?=[\\s\\u00A0\\u3000])"
                    + "|(?<=[\\p{IsHan}）)】」》])-|-(?=[\\p{IsHan}（(【「《])"
                    + "|(?<=[\\s\\u00A0\\u3000])·(?=[\\s\\u00A0\\u3000]))[\\s\\u00A0\\u3000]*");
    private static final Pattern BREADCRUMB = Pattern.compile("[\\s\\u00A0\\u3000]*[»›>][\\s\\u00A0\\u3000]*");
    /** Separators left dangling at either end ({@code 谁来为无序拆房“埋单”？- -}). */
    private static final Pattern DANGLING =
            Pattern.compile("^[\\s\\u00A0\\u3000\\-_|｜:]+|[\\s\\u00A0\\u3000\\-_|｜:]+$");
    private static final Pattern DOMAIN_SUFFIX = Pattern.compile(
            "[\\s\\u00A0\\u3000]*[-_|｜][\\s\\u00A0\\u3000]*([A-Za-z0-9][A-Za-z0-9.\\-]*\\.(?:com|cn|net|org|tw|hk|"
                    + "com\\.cn|com\\.tw|co|info|cc|tv))[\\s\\u00A0\\u3000]*$", Pattern.CASE_INSENSITIVE);

    private PageMetadataTitles() {
    }

    /** The result of a cut: the headline and the removed segments, last one last. */
    record Cut(String headline, List<String> removed) {
    }

    /** {@code title} without the site and channel names around the headline. */
    static Cut strip(String title, Collection<String> siteNames) {
        String t = PageMetadataText.fold(DANGLING.matcher(PageMetadataText.fold(title)).replaceAll(""));
        List<String> removed = new ArrayList<>();
        if (t.isEmpty()) {
            return new Cut(t, removed);
        }
        // breadcrumb titles: 多维博客 » 播客热潮迅速蔓延
        Matcher crumb = BREADCRUMB.matcher(t);
        int lastCrumbEnd = -1;
        while (crumb.find()) {
            lastCrumbEnd = crumb.end();
        }
        if (lastCrumbEnd > 0 && PageMetadataText.length(t.substring(lastCrumbEnd)) >= MIN_HEADLINE_CHARS
                && longestCrumb(t.substring(0, lastCrumbEnd)) < PageMetadataText.length(t.substring(lastCrumbEnd))) {
            removed.add(PageMetadataText.fold(t.substring(0, lastCrumbEnd).replaceAll("[»›>]", " ")));
            t = t.substring(lastCrumbEnd);
        }
        Matcher domain = DOMAIN_SUFFIX.matcher(t);
        if (domain.find() && PageMetadataText.length(t.substring(0, domain.start())) >= 2) {
            removed.add(domain.group(1));
            t = PageMetadataText.fold(t.substring(0, domain.start()));
        }
        List<String> segments = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(t);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                segments.add(t.substring(from, m.start()));
            }
            from = m.end();
        }
        if (from < t.length()) {
            segments.add(t.substring(from));
        }
        if (segments.size() <= 1) {
            return new Cut(t, removed);
        }
        int first = 0;
        int end = segments.size();
        List<String> suffixes = new ArrayList<>();
        while (end - first > 1) {
            String seg = PageMetadataText.fold(segments.get(end - 1));
            String head = headOf(t, segments, first, end - 1);
            int segLen = PageMetadataText.length(seg);
            int headLen = PageMetadataText.length(head);
            boolean known = isSiteName(seg, siteNames);
            boolean shortSuffix = segLen <= MAX_SUFFIX_CHARS && headLen >= Math.max(MIN_HEADLINE_CHARS, segLen);
            if ((known && headLen >= 2) || shortSuffix) {
                suffixes.add(0, seg);
                end--;
            } else {
                break;
            }
        }
        if (end - first > 1 && isSiteName(PageMetadataText.fold(segments.get(0)), siteNames)) {
            String rest = headOf(t, segments, 1, end);
            if (PageMetadataText.length(rest) >= MIN_HEADLINE_CHARS) {
                removed.add(PageMetadataText.fold(segments.get(0)));
                first = 1;
            }
        }
        removed.addAll(suffixes);
        return new Cut(headOf(t, segments, first, end), removed);
    }

    /**
     * {@code title} without separators dangling at its ends ({@code 谁来为无序拆房“埋单”？- -}); the title itself
     * when nothing else would be left; null for null.
     */
    static String tidy(String title) {
        if (title == null) {
            return null;
        }
        String t = PageMetadataText.fold(DANGLING.matcher(title).replaceAll(""));
        return t.isEmpty() ? PageMetadataText.fold(title) : t;
    }

    /** The length of the longest part of a breadcrumb trail. */
    private static int longestCrumb(String trail) {
        int longest = 0;
        for (String part : BREADCRUMB.split(trail)) {
            longest = Math.max(longest, PageMetadataText.length(PageMetadataText.fold(part)));
        }
        return longest;
    }

    /** The original text from the start of segment {@code from} to the end of segment {@code to - 1}. */
    private static String headOf(String t, List<String> segments, int from, int to) {
        int start = indexOfSegment(t, segments, from);
        int stop = indexOfSegment(t, segments, to - 1) + segments.get(to - 1).length();
        return PageMetadataText.fold(t.substring(start, stop));
    }

    private static int indexOfSegment(String t, List<String> segments, int n) {
        int at = 0;
        for (int i = 0; i <= n; i++) {
            at = t.indexOf(segments.get(i), at);
            if (i < n) {
                at += segments.get(i).length();
            }
        }
        return at;
    }

    /** True when {@code segment} is, contains, or is contained in one of the site's names. */
    static boolean isSiteName(String segment, Collection<String> siteNames) {
        String k = PageMetadataText.key(segment);
        if (k.isEmpty()) {
            return false;
        }
        for (String name : siteNames) {
            String n = PageMetadataText.key(name);
            if (n.length() < 2) {
                continue;
            }
            if (k.equals(n) || (k.contains(n) && k.length() <= n.length() + 8) || (n.contains(k) && k.length() >= 2)) {
                return true;
            }
        }
        return false;
    }

    /** The site's name in a copyright line: {@code 网易版权所有} → {@code 网易}; null when nothing is left. */
    static String fromCopyright(String copyright) {
        String s = PageMetadataText.fold(copyright);
        s = s.replaceAll("(?i)copyright|all rights reserved\\.?|版权所有|版權所有|\\(c\\)|©|®", " ");
        s = s.replaceAll("\\d{4}(?:\\s*[-–]\\s*\\d{4})?", " ");
        s = s.replaceAll("(?i)\\b(?:inc|ltd|co|corp)\\b\\.?", " ");
        s = PageMetadataText.fold(s.replaceAll("^[\\s,.:：]+|[\\s,.:：]+$", ""));
        if (s.isEmpty() || PageMetadataText.length(s) > 30) {
            return null;
        }
        return s;
    }
}

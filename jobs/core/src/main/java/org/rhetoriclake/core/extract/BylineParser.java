package org.rhetoriclake.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rhetoriclake.core.model.Byline;

/**
 * Reads a credit line such as {@code 记者：高锋　责编：许书婷、梒青　网编：瑞哲} into a {@link Byline}.
 *
 * <p>A line is a byline only when it starts with a known label followed by a colon and every credited value looks
 * like a name (short, no sentence punctuation or quotation marks). The strictness is deliberate: interviews
 * print the reporter's questions as {@code 记者：您如何看待……？}, and those are body text, not credits.
 */
public final class BylineParser {
    /** Longer lines are prose that happens to start with a label. */
    public static final int MAX_LINE_CHARS = 120;
    /** Longer "names" are prose; transliterated names with {@code ·} stay well below this. */
    public static final int MAX_NAME_CHARS = 12;

    private enum Role { REPORTER, EDITOR, WEB_EDITOR, IGNORED }

    /** Simplified and Traditional labels. IGNORED ones are credits too, but not to a person the model keeps. */
    private static final Map<String, Role> LABELS = Map.ofEntries(
            Map.entry("记者", Role.REPORTER), Map.entry("記者", Role.REPORTER),
            Map.entry("作者", Role.REPORTER), Map.entry("撰稿", Role.REPORTER), Map.entry("撰文", Role.REPORTER),
            Map.entry("责编", Role.EDITOR), Map.entry("責編", Role.EDITOR),
            Map.entry("编辑", Role.EDITOR), Map.entry("編輯", Role.EDITOR),
            Map.entry("责任编辑", Role.EDITOR), Map.entry("責任編輯", Role.EDITOR),
            Map.entry("网编", Role.WEB_EDITOR), Map.entry("網編", Role.WEB_EDITOR),
            Map.entry("网络编辑", Role.WEB_EDITOR), Map.entry("網絡編輯", Role.WEB_EDITOR),
            Map.entry("来源", Role.IGNORED), Map.entry("來源", Role.IGNORED),
            Map.entry("摄影", Role.IGNORED), Map.entry("攝影", Role.IGNORED),
            Map.entry("校对", Role.IGNORED), Map.entry("校對", Role.IGNORED));

    private static final String SPACE = "[\\s\\u00A0\\u3000]";

    /**
     * Longer labels first so 责任编辑 is not read as 编辑 with a stray name 责任; the optional qualifier keeps
     * 实习记者 from leaving 实习 behind as a name of the previous label.
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?:实习|實習|特约|特約|见习|見習|本报|本報|本台)?"
                    + "(" + String.join("|", LABELS.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .toList()) + ")"
                    + SPACE + "*[：:]" + SPACE + "*");

    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、，,/／;；\\s\\u00A0\\u3000]+");
    private static final String OPENERS = "（(【[〔";
    private static final String CLOSERS = "）)】]〕";
    /** Characters no name contains: sentence punctuation, quotation marks, brackets, colons. */
    private static final String NOT_IN_NAMES = "。！？!?：:“”\"‘’「」『』《》（）()【】[]…";

    /** The byline in {@code text}, or empty when the text is not a credit line. */
    public Optional<Byline> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = trimBrackets(Texts.strip(text));
        if (s.isEmpty() || Texts.length(s) > MAX_LINE_CHARS) {
            return Optional.empty();
        }
        Matcher m = LABEL.matcher(s);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Map<Role, Set<String>> names = Map.of(Role.REPORTER, new LinkedHashSet<>(), Role.EDITOR,
                new LinkedHashSet<>(), Role.WEB_EDITOR, new LinkedHashSet<>(), Role.IGNORED, new LinkedHashSet<>());
        List<int[]> labels = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        do {
            labels.add(new int[] {m.start(), m.end()});
            roles.add(LABELS.get(m.group(1)));
        } while (m.find());
        for (int i = 0; i < labels.size(); i++) {
            int valueEnd = i + 1 < labels.size() ? labels.get(i + 1)[0] : s.length();
            String value = s.substring(labels.get(i)[1], valueEnd);
            for (String name : NAME_SEPARATORS.split(Texts.strip(value))) {
                if (name.isEmpty()) {
                    continue;
                }
                if (!looksLikeName(name)) {
                    return Optional.empty();
                }
                names.get(roles.get(i)).add(name);
            }
        }
        Byline byline = new Byline(List.copyOf(names.get(Role.REPORTER)), List.copyOf(names.get(Role.EDITOR)),
                List.copyOf(names.get(Role.WEB_EDITOR)));
        return byline.isEmpty() ? Optional.empty() : Optional.of(byline);
    }

    /** Both bylines' names, each role in order of first appearance, without repeats. */
    public static Byline merge(Byline a, Byline b) {
        return new Byline(union(a.reporters(), b.reporters()), union(a.editors(), b.editors()),
                union(a.webEditors(), b.webEditors()));
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static boolean looksLikeName(String name) {
        if (Texts.length(name) > MAX_NAME_CHARS) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (NOT_IN_NAMES.indexOf(name.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code （责任编辑：王五）} and {@code 【编辑：王五】} are common wrappings of the same line. */
    private static String trimBrackets(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && OPENERS.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && CLOSERS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return Texts.strip(s.substring(start, end));
    }
}

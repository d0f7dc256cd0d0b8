package org.rhetoriclake.core.quotes;

import org.rhetoriclake.core.quotes.Lexicons.Affiliation;
import org.rhetoriclake.core.quotes.Lexicons.CueVerb;
import org.rhetoriclake.core.quotes.Lexicons.RoleTitle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lexicons compiled into dictionaries once, plus the name heuristics that need them. Immutable, so one
 * instance is shared by every thread that extracts quotes.
 */
final class Vocab {

    final Dict<CueVerb> cues;
    final Dict<RoleTitle> heads;
    private final Dict<String> affiliationsAnywhere;
    private final Dict<String> affiliationsAtStart;

    /** Characters a Chinese name does not start with: function words and the verbs that follow a subject. */
    private static final String NON_NAME_START =
            "的地得了着过和与及等在于对向将也还则又都就是为被把从因所这那此该其并而但却均亦更再仍便正已之中上下前后时"
                    + "日月年一两三几多各每称说表认指强透坦呼宣回批警提预直补解声形相估谈通访拒抵出发参到来去经要"
                    + "們們這那該並還則將於為對從與及時後說稱認";

    /** Characters that do not end a Chinese name when a third character is in doubt ({@code 王毅上周}). */
    private static final String NOT_THIRD =
            "的和与及等在于对向曾也还则又都将已就上下今昨近是为被把从因所日月年时后前访会说称一这那此该并而但却均亦更再仍便"
                    + "正首率接同到来去出发参拒抵计将要已赴致签举进提指认谈通希决表透坦呼宣回批警预直补解声形相估主"
                    + "們這該並還則將於為對從與時後說稱認會";

    /** Function characters that do not occur in any name. */
    private static final String NOT_IN_NAME = "了的着著是在和与與这這那我你们們吗嗎呢吧啊么麼个個之";

    /** Function characters that do not occur in a four-character (transliterated or compound-surname) name. */
    private static final String NOT_IN_LONG_NAME = "之了的着不是有在个为以所而与和及或也都就还";

    Vocab(Lexicons lexicons) {
        List<Map.Entry<String, CueVerb>> cueEntries = new ArrayList<>();
        for (CueVerb v : lexicons.cueVerbs()) {
            for (String f : v.forms()) {
                cueEntries.add(Map.entry(f, v));
            }
        }
        cues = new Dict<>(cueEntries);
        List<Map.Entry<String, RoleTitle>> headEntries = new ArrayList<>();
        for (RoleTitle r : lexicons.roleTitles()) {
            for (String f : r.forms()) {
                headEntries.add(Map.entry(f, r));
            }
        }
        heads = new Dict<>(headEntries);
        List<Map.Entry<String, String>> any = new ArrayList<>();
        List<Map.Entry<String, String>> start = new ArrayList<>();
        for (Affiliation a : lexicons.affiliations()) {
            (a.startOnly() ? start : any).add(Map.entry(a.prefix(), a.code()));
        }
        affiliationsAnywhere = new Dict<>(any);
        affiliationsAtStart = new Dict<>(start);
    }

    /** The ISO code of the earliest place/organisation prefix in {@code s}, or null. */
    String affiliation(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            Dict.Hit<String> hit = affiliationsAnywhere.longestAt(s, i);
            if (i == 0) {
                Dict.Hit<String> st = affiliationsAtStart.longestAt(s, 0);
                if (st != null && (hit == null || st.word().length() > hit.word().length())) {
                    hit = st;
                }
            }
            if (hit != null) {
                return hit.value();
            }
        }
        return null;
    }

    /** The head that ends last in {@code np} (the one the name follows), or null. */
    Dict.Hit<RoleTitle> lastHead(String np) {
        for (int end = np.length(); end > 0; end--) {
            Dict.Hit<RoleTitle> h = heads.longestEndingAt(np, end, 0);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    static boolean isNameSeparator(char c) {
        return c == '·' || c == '•' || c == '‧' || c == '・' || c == '-' || c == '－';
    }

    static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * Whether {@code s} can be a name on its own: two to four Han characters, a transliterated name with
     * separators ({@code 约翰·米勒-怀特}) or a Latin name ({@code Axios}, {@code RobinWinks}).
     */
    static boolean plausibleName(String s) {
        s = stripPseudonymNote(s);
        if (s.isEmpty()) {
            return false;
        }
        char c0 = s.charAt(0);
        if (isLatin(c0)) {
            return s.chars().allMatch(c -> isLatin((char) c) || Character.isDigit(c) || c == '.' || c == '-' || c == '&');
        }
        if (!Grammar.isHan(c0) || NON_NAME_START.indexOf(c0) >= 0) {
            return false;
        }
        boolean separated = s.chars().anyMatch(c -> isNameSeparator((char) c));
        if (separated) {
            return s.length() <= 16 && s.chars().allMatch(c -> Grammar.isHan((char) c) || isNameSeparator((char) c));
        }
        if (s.chars().anyMatch(c -> NOT_IN_NAME.indexOf(c) >= 0)) {
            return false; // 事了, 合适的: function characters do not occur in names
        }
        if (s.length() == 4 && s.chars().anyMatch(c -> NOT_IN_LONG_NAME.indexOf(c) >= 0)) {
            return false; // 付之一笑 is an idiom, not a four-character name
        }
        return s.length() >= 2 && s.length() <= 4 && s.chars().allMatch(c -> Grammar.isHan((char) c));
    }

    /** {@code 小刚（化名）} → {@code 小刚}: the pseudonym note is the reporter's, not part of the name. */
    static String stripPseudonymNote(String s) {
        int p = s.indexOf('（');
        if (p < 0) {
            p = s.indexOf('(');
        }
        return p > 0 ? s.substring(0, p).strip() : s.strip();
    }

    /**
     * Guesses where a name that starts at {@code p} ends (after a title: {@code 大使|伯恩斯|形容}). Chinese names
     * are two or three characters; the third is kept unless it looks like the next word. Returns -1 when no
     * name starts at {@code p}.
     */
    int guessNameEnd(String t, int p, int limit) {
        limit = Math.min(limit, t.length());
        if (p >= limit) {
            return -1;
        }
        char c = t.charAt(p);
        if (isLatin(c)) {
            int j = p;
            while (j < limit && (isLatin(t.charAt(j)) || Character.isDigit(t.charAt(j)) || t.charAt(j) == '.')) {
                j++;
            }
            return j - p >= 2 ? j : -1;
        }
        if (!Grammar.isHan(c) || NON_NAME_START.indexOf(c) >= 0 || startsWord(t, p, limit)) {
            return -1;
        }
        // transliterated names: segments joined by a middle dot or hyphen
        int j = p;
        int segments = 0;
        while (true) {
            int run = 0;
            int maxRun = 6;
            while (j + run < limit && run < maxRun && Grammar.isHan(t.charAt(j + run))
                    && (run == 0 || segments == 0 || !startsWord(t, j + run, limit))) {
                run++;
            }
            segments++;
            if (run == 0) {
                return -1;
            }
            int next = j + run;
            if (next + 1 < limit && isNameSeparator(t.charAt(next)) && Grammar.isHan(t.charAt(next + 1))) {
                j = next + 1;
                continue;
            }
            if (segments > 1) {
                // the last segment runs into the verb: cut it where a word starts
                int k = j + 1;
                while (k < next && !startsWord(t, k, limit) && NOT_THIRD.indexOf(t.charAt(k)) < 0) {
                    k++;
                }
                return k;
            }
            break;
        }
        if (p + 1 >= limit || !Grammar.isHan(t.charAt(p + 1)) || NOT_THIRD.indexOf(t.charAt(p + 1)) >= 0
                || NOT_IN_NAME.indexOf(t.charAt(p + 1)) >= 0) {
            return -1;
        }
        if (fourCharacterName(t, p, limit)) {
            return p + 4;
        }
        int third = p + 2;
        boolean keepThird = third < limit && Grammar.isHan(t.charAt(third))
                && NOT_THIRD.indexOf(t.charAt(third)) < 0 && !startsWord(t, third, limit);
        return keepThird ? p + 3 : p + 2;
    }

    /**
     * A four-character name (田中一郎, 安倍晋三): the third and fourth characters start no word, are no function
     * characters, and a word or punctuation follows right after them.
     */
    private boolean fourCharacterName(String t, int p, int limit) {
        if (p + 4 > limit) {
            return false;
        }
        if (NOT_IN_NAME.indexOf(t.charAt(p + 1)) >= 0) {
            return false;
        }
        for (int k = p + 2; k < p + 4; k++) {
            char c = t.charAt(k);
            if (!Grammar.isHan(c) || startsWord(t, k, limit) || NOT_IN_NAME.indexOf(c) >= 0
                    || (c != '一' && NOT_THIRD.indexOf(c) >= 0)) {
                return false;
            }
        }
        int next = p + 4;
        return next >= limit || !Grammar.isHan(t.charAt(next)) || startsWord(t, next, limit);
    }

    /** Whether a cue, a head or a separating token starts at {@code k}. */
    private boolean startsWord(String t, int k, int limit) {
        return cues.longestAt(t, k, limit) != null || heads.longestAt(t, k, limit) != null
                || Grammar.boundaryTokenAt(t, k, k, limit) > 0;
    }
}

package org.rhetoriclake.core.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small immutable dictionary for matching words at a position of a text, longest first. Chinese has no
 * spaces, so every lookup is "which listed word starts (or ends) here"; indexing by the first and the last
 * character keeps that to a handful of comparisons per position for lists of a few hundred words.
 */
final class Dict<V> {

    record Hit<V>(String word, V value, int start, int end) {
    }

    private final Map<Character, List<Map.Entry<String, V>>> byFirst = new HashMap<>();
    private final Map<Character, List<Map.Entry<String, V>>> byLast = new HashMap<>();
    private final Map<String, V> all = new HashMap<>();

    /** Builds from word → value; on duplicate words the first value wins (the lexicon order decides). */
    Dict(List<Map.Entry<String, V>> entries) {
        for (Map.Entry<String, V> e : entries) {
            String w = e.getKey();
            if (w == null || w.isEmpty() || all.containsKey(w)) {
                continue;
            }
            all.put(w, e.getValue());
            byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(e);
            byLast.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(e);
        }
        Comparator<Map.Entry<String, V>> longestFirst =
                Comparator.comparingInt((Map.Entry<String, V> e) -> e.getKey().length()).reversed();
        byFirst.values().forEach(l -> l.sort(longestFirst));
        byLast.values().forEach(l -> l.sort(longestFirst));
    }

    boolean contains(String word) {
        return all.containsKey(word);
    }

    V get(String word) {
        return all.get(word);
    }

    /** The longest word that starts at {@code pos} and ends at or before {@code limit}, or null. */
    Hit<V> longestAt(String text, int pos, int limit) {
        if (pos < 0 || pos >= limit || pos >= text.length()) {
            return null;
        }
        List<Map.Entry<String, V>> l = byFirst.get(text.charAt(pos));
        if (l == null) {
            return null;
        }
        for (Map.Entry<String, V> e : l) {
            String w = e.getKey();
            if (pos + w.length() <= limit && text.startsWith(w, pos)) {
                return new Hit<>(w, e.getValue(), pos, pos + w.length());
            }
        }
        return null;
    }

    Hit<V> longestAt(String text, int pos) {
        return longestAt(text, pos, text.length());
    }

    /** The longest word that ends exactly at {@code end} and starts at or after {@code min}, or null. */
    Hit<V> longestEndingAt(String text, int end, int min) {
        if (end <= 0 || end > text.length()) {
            return null;
        }
        List<Map.Entry<String, V>> l = byLast.get(text.charAt(end - 1));
        if (l == null) {
            return null;
        }
        for (Map.Entry<String, V> e : l) {
            String w = e.getKey();
            int start = end - w.length();
            if (start >= min && text.startsWith(w, start)) {
                return new Hit<>(w, e.getValue(), start, end);
            }
        }
        return null;
    }
}

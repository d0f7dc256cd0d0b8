package org.rhetoriclake.core.entities.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * One place in a text where a gazetteer alias occurs.
 *
 * @param start      offset of the first char (UTF-16, as {@link String#substring(int, int)})
 * @param end        offset after the last char
 * @param alias      the alias as matched ({@code text.substring(start, end)})
 * @param entry      the default reading: the first entry in file order that has this alias
 * @param candidates every entry that has this alias, {@code entry} first; more than one only for aliases the
 *                   file marks ambiguous (伯恩斯) or shared across types
 */
public record GazetteerMatch(int start, int end, String alias, GazetteerEntry entry, List<GazetteerEntry> candidates) {

    public GazetteerMatch {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(entry, "entry");
        candidates = List.copyOf(candidates);
        if (start < 0 || end - start != alias.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit '" + alias + "'");
        }
        if (candidates.isEmpty() || !candidates.get(0).equals(entry)) {
            throw new IllegalArgumentException("the default entry must be the first candidate");
        }
    }

    /** Whether the alias names more than one entry, so the linker should look at the context. */
    public boolean ambiguous() {
        return candidates.size() > 1;
    }
}

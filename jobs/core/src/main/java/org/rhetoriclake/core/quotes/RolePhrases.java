package org.rhetoriclake.core.quotes;

import java.util.Objects;
import org.rhetoriclake.core.model.SpeakerType;

/**
 * The role written before a person's name ({@code 国务卿|布林肯}, {@code 美国驻中国大使|伯恩斯}) and the side it
 * names, read with the same role-title and affiliation lexicons the quote rules use, so an entity mention and
 * the quote it speaks carry the same role. Thread-safe; build one per lexicon set.
 */
public final class RolePhrases {
    /** Longer phrases before a name are clauses, not roles. */
    private static final int MAX_ROLE = 40;

    private final Vocab vocab;

    public RolePhrases(Lexicons lexicons) {
        this.vocab = new Vocab(Objects.requireNonNull(lexicons, "lexicons"));
    }

    /**
     * The role phrase that ends at {@code nameStart} of {@code text}, when it ends with the title of a person
     * ({@code 总统}, {@code 大使}, {@code 教授}) or of an unnamed source; null otherwise.
     */
    public String roleBefore(String text, int nameStart) {
        Objects.requireNonNull(text, "text");
        if (nameStart <= 0 || nameStart > text.length()) {
            return null;
        }
        String role = Grammar.rolePhraseBefore(text, nameStart, j -> false);
        if (role.isEmpty() || role.length() > MAX_ROLE) {
            return null;
        }
        Dict.Hit<Lexicons.RoleTitle> head = vocab.heads.longestEndingAt(role, role.length(), 0);
        if (head == null || (head.value().type() != SpeakerType.PERSON && head.value().type() != SpeakerType.ANONYMOUS)) {
            return null;
        }
        return role;
    }

    /** The ISO code of the side a role names ({@code 美国驻中国大使} → US), or null. */
    public String affiliation(String role) {
        return vocab.affiliation(role);
    }
}

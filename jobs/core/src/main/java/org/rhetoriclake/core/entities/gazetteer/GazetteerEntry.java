package org.rhetoriclake.core.entities.gazetteer;

import org.rhetoriclake.core.model.EntityType;

import java.util.List;
import java.util.Objects;

/**
 * One actor of the gazetteer: one row of {@code actors.tsv}.
 *
 * @param id          Wikidata QID ({@code Q30}) or a stable local id ({@code rl:person/wang-yi})
 * @param type        {@link EntityType#PERSON}, {@link EntityType#ORGANIZATION}, {@link EntityType#GPE} or
 *                    {@link EntityType#LOCATION}
 * @param canonical   the name the tables show, Simplified script
 * @param affiliation ISO-3166 alpha-2 code of the actor's side ({@code EU} for the European Union), or
 *                    {@code null} when it has none (international bodies, disputed places)
 * @param aliases     every written form the finder looks for, the canonical name first, no duplicates
 * @param roles       offices held, in file order
 * @param note        the editors' note, {@code ""} when there is none
 */
public record GazetteerEntry(String id, EntityType type, String canonical, String affiliation,
                             List<String> aliases, List<Role> roles, String note) {

    public GazetteerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        note = note == null ? "" : note;
        if (aliases.isEmpty() || !aliases.get(0).equals(canonical)) {
            throw new IllegalArgumentException(id + ": the canonical name must be the first alias");
        }
    }

    /** Whether the id is a Wikidata QID rather than a local {@code rl:} id. */
    public boolean hasWikidataId() {
        return id.startsWith("Q");
    }

    /**
     * An office with the years it was held.
     *
     * @param title the office as written in the file ({@code 美国总统})
     * @param from  first year, or {@code null} when the file gives no years
     * @param to    last year, or {@code null} when still held or when the file gives no years
     */
    public record Role(String title, Integer from, Integer to) {
        public Role {
            Objects.requireNonNull(title, "title");
            if (from == null && to != null) {
                throw new IllegalArgumentException("a role with an end year needs a start year: " + title);
            }
            if (from != null && to != null && to < from) {
                throw new IllegalArgumentException("a role cannot end before it starts: " + title + " " + from + "-" + to);
            }
        }

        /**
         * Whether the office was held during {@code year}, as far as the file says: a role without years is
         * never known to be held, a role without an end year is held from its start on.
         */
        public boolean heldIn(int year) {
            return from != null && year >= from && (to == null || year <= to);
        }

        @Override
        public String toString() {
            return from == null ? title : title + " " + from + "-" + (to == null ? "" : to);
        }
    }
}

package org.rhetoriclake.core.entities;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rhetoriclake.core.model.EntityType;

/**
 * The tagger's labels mapped to the table's coarse {@link EntityType}. The tagger's own label is kept as
 * {@code fine_type}, so nothing is lost by coarsening.
 *
 * <table>
 *   <caption>label → type</caption>
 *   <tr><th>tagger label</th><th>type</th><th>why</th></tr>
 *   <tr><td>PERSON</td><td>PERSON</td><td></td></tr>
 *   <tr><td>ORGANIZATION</td><td>ORGANIZATION</td><td></td></tr>
 *   <tr><td>GPE, COUNTRY, CITY, STATE_OR_PROVINCE</td><td>GPE</td><td>the fine-grained pass splits GPE into
 *       these; one type for "places with a government" keeps counts comparable</td></tr>
 *   <tr><td>DEMONYM, NATIONALITY</td><td>GPE</td><td>CoreNLP gives 美方, 美中 (as in 美中大使) and 中国人 these
 *       labels; they refer to the country, as the gold annotates 美/中 inside 美中, 美方, 中方. The fine type
 *       tells them apart for a consumer who wants places only</td></tr>
 *   <tr><td>LOCATION, FACILITY</td><td>LOCATION</td><td>physical places without a government</td></tr>
 *   <tr><td>MISC</td><td>MISC</td><td>events, works, laws…; noisy, see
 *       {@link MentionBuilder} for the numeric-fragment rule</td></tr>
 *   <tr><td>anything else (DATE, TIME, DURATION, SET, NUMBER, ORDINAL, MONEY, PERCENT, TITLE, IDEOLOGY,
 *       RELIGION, CRIMINAL_CHARGE, CAUSE_OF_DEATH, EMAIL, URL, O, PROPER_NOUN…)</td><td>none: dropped</td><td>values,
 *       roles and categories, not named entities</td></tr>
 * </table>
 */
public final class EntityLabels {
    /** A word that is no part of an entity (CoreNLP's {@code O}); reported so rules can see word boundaries. */
    public static final String OUTSIDE = "O";
    /**
     * A word the entity model left untyped although the part-of-speech tagger calls it a proper noun (CTB
     * {@code NR}): often a name the model did not know. Not an entity by itself; the role-title rule of
     * {@link MentionBuilder} uses it.
     */
    public static final String PROPER_NOUN = "PROPER_NOUN";
    /** A role or job title ({@code 大使}, {@code 教授}); not an entity, but {@link MentionBuilder} uses it. */
    public static final String TITLE = "TITLE";

    private static final Map<String, EntityType> TYPES = Map.ofEntries(
            Map.entry("PERSON", EntityType.PERSON),
            Map.entry("ORGANIZATION", EntityType.ORGANIZATION),
            Map.entry("GPE", EntityType.GPE),
            Map.entry("COUNTRY", EntityType.GPE),
            Map.entry("CITY", EntityType.GPE),
            Map.entry("STATE_OR_PROVINCE", EntityType.GPE),
            Map.entry("DEMONYM", EntityType.GPE),
            Map.entry("NATIONALITY", EntityType.GPE),
            Map.entry("LOCATION", EntityType.LOCATION),
            Map.entry("FACILITY", EntityType.LOCATION),
            Map.entry("MISC", EntityType.MISC));

    /** Labels of numbers, amounts and times: dropped, and the anchor of the numeric-fragment rule. */
    private static final Set<String> NUMERIC = Set.of(
            "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");

    private EntityLabels() {
    }

    /** The coarse type for a tagger label, or empty when the label is not a named entity. Case-insensitive. */
    public static Optional<EntityType> typeOf(String label) {
        return label == null ? Optional.empty() : Optional.ofNullable(TYPES.get(normal(label)));
    }

    /** True for labels of numbers, amounts, dates and times. */
    public static boolean isNumeric(String label) {
        return label != null && NUMERIC.contains(normal(label));
    }

    /** True for the labels of words outside any entity: {@link #OUTSIDE} and {@link #PROPER_NOUN}. */
    public static boolean isUntyped(String label) {
        return is(label, OUTSIDE) || is(label, PROPER_NOUN);
    }

    static boolean is(String label, String wanted) {
        return label != null && normal(label).equals(wanted);
    }

    private static String normal(String label) {
        return label.trim().toUpperCase(Locale.ROOT);
    }
}

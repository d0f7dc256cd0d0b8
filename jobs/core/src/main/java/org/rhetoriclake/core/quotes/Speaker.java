package org.rhetoriclake.core.quotes;

import org.rhetoriclake.core.model.SpeakerType;

/**
 * A resolved speaker, before it is copied into a {@link org.rhetoriclake.core.model.Quote}.
 *
 * @param name        the short name as the article uses it ({@code 伯恩斯}), or the phrase of an unnamed source
 * @param mention     the fullest mention of the speaker in the article
 * @param role        the mention minus the name, or null
 * @param affiliation ISO code from the affiliations lexicon, or null
 * @param type        person, organisation, anonymous source or media
 * @param named       whether a proper name was found (drives the confidence of an indirect quote)
 */
record Speaker(String name, String mention, String role, String affiliation, SpeakerType type, boolean named) {

    boolean sameAs(Speaker other) {
        return other != null && (name.equals(other.name) || mention.equals(other.mention));
    }
}

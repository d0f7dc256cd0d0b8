package org.rhetoriclake.core.model;

import java.util.Objects;

/**
 * One attributed statement.
 *
 * @param articleId          the article
 * @param quoteId            stable id: article id, paragraph and offsets ({@link #idFor})
 * @param kind               direct or indirect
 * @param text               the quoted words (direct: without the marks) or the reported clause (indirect)
 * @param speaker            the speaker's short name as the article uses it ({@code 伯恩斯})
 * @param speakerMention     the fullest mention of that speaker in the article ({@code 美国驻中国大使伯恩斯})
 * @param speakerRole        the role part of the fullest mention ({@code 美国驻中国大使}), or null
 * @param speakerAffiliation ISO-3166 alpha-2 code of the speaker's country/side ({@code US}, {@code CN}, {@code TW}), or null
 * @param speakerType        person, organisation, anonymous source or media
 * @param cue                the cue: a verb ({@code 表示}) or {@code ：} for the colon form
 * @param reportedVia        the medium that relays the statement ({@code 日本媒体}), or null
 * @param nestedIn           the speaker of the statement this one is reported inside, or null
 * @param paragraph          0-based paragraph index where the quote starts
 * @param start              offset of the first character of {@code text} in that paragraph
 * @param end                offset one past the last character (in the paragraph where it ends)
 * @param confidence         0..1, how sure the rule that found it is
 */
public record Quote(String articleId, String quoteId, QuoteKind kind, String text, String speaker,
                    String speakerMention, String speakerRole, String speakerAffiliation, SpeakerType speakerType,
                    String cue, String reportedVia, String nestedIn, int paragraph, int start, int end,
                    double confidence) {
    public Quote {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
    }

    public static String idFor(String articleId, int paragraph, int start, int end) {
        return articleId + ":q" + paragraph + ":" + start + "-" + end;
    }
}

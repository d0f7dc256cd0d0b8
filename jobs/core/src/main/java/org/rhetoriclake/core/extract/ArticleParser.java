package org.rhetoriclake.core.extract;

import org.rhetoriclake.core.model.Article;
import org.rhetoriclake.core.model.Outcome;
import org.rhetoriclake.core.model.RawRecord;

/**
 * The extract stage for any record: the dump format to {@link DumpArticleParser}, saved pages and WARC
 * responses to {@link HtmlArticleParser}. Thread-safe; one instance can serve every task.
 */
public final class ArticleParser {
    private final DumpArticleParser dump = new DumpArticleParser();
    private final HtmlArticleParser html = new HtmlArticleParser();

    public Outcome<Article> parse(RawRecord record) {
        return switch (record.format()) {
            case DUMP -> dump.parse(record);
            case HTML, WARC -> html.parse(record);
        };
    }
}

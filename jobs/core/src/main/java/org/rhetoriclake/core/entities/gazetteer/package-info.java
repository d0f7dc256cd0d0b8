/**
 * The gazetteer: the actors of diplomatic news (people, countries and territories, international bodies,
 * parties, ministries, think tanks, media) with one id each, and a finder for their names in text.
 *
 * <p>Why: trend queries count actors, and news names one actor many ways: 拜登, 喬·拜登, Joe Biden, 华府 for
 * the US government, 国台办 for 国务院台湾事务办公室. Counting surface strings counts one actor several times and
 * splits its trend. {@link org.rhetoriclake.core.entities.gazetteer.Gazetteer} maps each written form (Simplified,
 * Traditional, English, short forms, capital metonyms) to one
 * {@link org.rhetoriclake.core.entities.gazetteer.GazetteerEntry}, with a Wikidata QID where one is known for
 * certain and a stable local id otherwise, so the entity table can be grouped by id. Its longest-match
 * {@link org.rhetoriclake.core.entities.gazetteer.Gazetteer#find(String) find} also fixes spans a statistical
 * tagger gets wrong (美国国务院 is one ministry, not 美国 + 国务院).
 *
 * <p>The data lives in {@code conf/gazetteer/actors.tsv}, which documents its columns and how to extend it; the
 * jar carries a copy under {@value org.rhetoriclake.core.entities.gazetteer.Gazetteer#CLASSPATH_DIR}. Loading
 * fails with file and line on a bad row, like the quote lexicons: a gazetteer is loaded once, on the driver, and
 * a typo should stop the job there rather than silently merge two actors. No model and no Spark here.
 */
package org.rhetoriclake.core.entities.gazetteer;

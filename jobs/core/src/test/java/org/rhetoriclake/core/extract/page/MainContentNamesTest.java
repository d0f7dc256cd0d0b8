package org.rhetoriclake.core.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MainContentNamesTest {
    private static Element el(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    private static MainContentNames.Verdict verdict(String html) {
        return MainContentNames.verdict(el(html));
    }

    @Test
    void classAndIdValuesSplitIntoWords() {
        assertEquals(List.of("related", "news", "box", "ad"), MainContentNames.words("relatedNews box_ad1"));
        assertEquals(List.of("header", "download"), MainContentNames.words("header download"));
    }

    @Test
    void verdicts() {
        assertEquals(MainContentNames.Verdict.BOILERPLATE, verdict("<div class=\"share-bar\"></div>"));
        assertEquals(MainContentNames.Verdict.BOILERPLATE, verdict("<nav></nav>"));
        assertEquals(MainContentNames.Verdict.BOILERPLATE, verdict("<div id=xgxw></div>"));
        assertEquals(MainContentNames.Verdict.COMMENTS, verdict("<div id=\"comment-box\" class=\"user-post-box\"></div>"));
        assertEquals(MainContentNames.Verdict.NONE, verdict("<div class=\"content-with-sidebar\"></div>"));
        assertEquals(MainContentNames.Verdict.NONE, verdict("<div class=\"header download\"></div>"));
        assertEquals(MainContentNames.Verdict.NONE, verdict("<article class=\"share\"></article>"));
    }

    @Test
    void hiddenElements() {
        assertTrue(MainContentNames.isHidden(el("<div style=\"display: none;\"></div>")));
        assertTrue(MainContentNames.isHidden(el("<div style=\"VISIBILITY:hidden\"></div>")));
        assertTrue(MainContentNames.isHidden(el("<div hidden></div>")));
        assertFalse(MainContentNames.isHidden(el("<div style=\"display:block\"></div>")));
    }

    @Test
    void legalNoticesByHowTheyStart() {
        Element div = el("<div></div>");
        assertTrue(MainContentNames.isNotice(div, "振兴东北网版权与免责声明：①凡本网注明"));
        assertTrue(MainContentNames.isNotice(div, "Copyright©2023某某网"));
        assertTrue(MainContentNames.isNotice(div, "澎湃新闻报料：4009-20-4009澎湃新闻，未经授权不得转载"));
        assertFalse(MainContentNames.isNotice(div, "某法院近日审结一起著作权纠纷案，判决被告赔偿版权所有人"));
        assertFalse(MainContentNames.isNotice(Jsoup.parse("").body(), "版权声明"));
    }
}

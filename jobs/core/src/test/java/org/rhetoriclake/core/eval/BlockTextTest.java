package org.rhetoriclake.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockTextTest {
    @Test
    void oneLinePerBlock() {
        String html = "<div id=x><p>　　第一段，<b>加粗</b>文字。</p><p>\n</p><div>第二段<br>换行</div>"
                + "<script>var x = 1;</script><ul><li>一</li><li>二</li></ul></div>";
        assertEquals("第一段，加粗文字。\n第二段\n换行\n一\n二", BlockText.of(Jsoup.parse(html).body()));
    }
}

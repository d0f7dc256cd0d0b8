package org.rhetoriclake.core.extract;

import org.jsoup.nodes.Element;

/**
 * The related-articles rule: a list whose items are mostly links is navigation ("more on this", "related
 * stories"), not article text. Decided by link density, not by class names, because every CMS names its
 * related box differently and many name it nothing at all.
 */
final class LinkLists {
    /** An item is a link when at least this share of its visible characters is link text. */
    static final double LINK_ITEM_DENSITY = 0.8;

    private LinkLists() {
    }

    /** True when more than half of the list's non-empty items are links. */
    static boolean isLinkList(Element list) {
        int items = 0;
        int linkItems = 0;
        for (Element item : list.children()) {
            String tag = item.normalName();
            if (!tag.equals("li") && !tag.equals("dt") && !tag.equals("dd")) {
                continue;
            }
            int all = visibleChars(item.text());
            if (all == 0) {
                continue;
            }
            items++;
            int linked = 0;
            for (Element a : item.select("a[href]")) {
                linked += visibleChars(a.text());
            }
            if (linked >= LINK_ITEM_DENSITY * all) {
                linkItems++;
            }
        }
        return items > 0 && 2 * linkItems > items;
    }

    private static int visibleChars(String s) {
        return (int) s.codePoints().filter(c -> !Texts.isBlankChar(c)).count();
    }
}

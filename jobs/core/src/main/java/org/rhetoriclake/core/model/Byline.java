package org.rhetoriclake.core.model;

import java.util.List;

/**
 * The article's credits, as in {@code 记者：高锋　责编：许书婷、梒青　网编：瑞哲}.
 *
 * @param reporters  记者 / 作者 / 撰稿
 * @param editors    责编 / 编辑 / 责任编辑
 * @param webEditors 网编
 */
public record Byline(List<String> reporters, List<String> editors, List<String> webEditors) {
    public static final Byline EMPTY = new Byline(List.of(), List.of(), List.of());

    public Byline {
        reporters = List.copyOf(reporters);
        editors = List.copyOf(editors);
        webEditors = List.copyOf(webEditors);
    }

    public boolean isEmpty() {
        return reporters.isEmpty() && editors.isEmpty() && webEditors.isEmpty();
    }

    /** Every credited name, reporters first. */
    public List<String> allNames() {
        return java.util.stream.Stream.of(reporters, editors, webEditors).flatMap(List::stream).toList();
    }
}

package org.rhetoriclake.core.eval;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Author metric: the same set of names, in any order.
 *
 * <p>Both sides are normalised (NFKC, so full-width letters and spaces fold; a role label such as {@code 记者},
 * {@code 作者：}, {@code 文/} or {@code 责任编辑：} in front of a name is dropped) and split into names at blanks
 * and at the list separators {@code 、，,;；/|}. The middle dot of transliterated names ({@code 约翰·米勒}) and
 * other characters inside a name stay. The author matches when the two name sets are equal; a missing or blank
 * extracted author never matches.
 */
public final class AuthorMatch {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000、，,;；/|｜]+");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:责任编辑|責任編輯|特约记者|特約記者|实习记者|實習記者|本报记者|本報記者|记者|記者|作者|撰文|撰稿|编辑|編輯|"
                    + "责编|責編|通讯员|通訊員|文)\\s*[:：/]?\\s*");

    private AuthorMatch() {
    }

    /** Whether the extracted author names the same people as the truth. */
    public static boolean matches(String extracted, String truth) {
        Set<String> e = names(extracted);
        return !e.isEmpty() && e.equals(names(truth));
    }

    /** The normalised names in a credit. */
    static Set<String> names(String credit) {
        Set<String> names = new LinkedHashSet<>();
        if (credit == null) {
            return names;
        }
        String s = Normalizer.normalize(credit, Normalizer.Form.NFKC);
        for (String part : SEPARATORS.split(s.strip())) {
            String name = LABEL.matcher(part).replaceFirst("").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}

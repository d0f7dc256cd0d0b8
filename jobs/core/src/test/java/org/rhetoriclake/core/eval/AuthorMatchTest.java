package org.rhetoriclake.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorMatchTest {
    @Test
    void namesInAnyOrderWithAnySeparator() {
        assertTrue(AuthorMatch.matches("张文攀、王建宏", "王建宏 张文攀"));
        assertTrue(AuthorMatch.matches("伊琳，李清芬", "伊琳  李清芬"));
        assertTrue(AuthorMatch.matches("刘国栋/周炜", "周炜 刘国栋"));
        assertFalse(AuthorMatch.matches("王建宏", "王建宏 张文攀"));
    }

    @Test
    void labelsAndFullWidthFormsAreNormalised() {
        assertTrue(AuthorMatch.matches("记者 胡晓蓉", "胡晓蓉"));
        assertTrue(AuthorMatch.matches("作者：茉莉", "茉莉"));
        assertTrue(AuthorMatch.matches("ｇｇｊｊｚｈｚｚ", "ggjjzhzz"));
        assertEquals(Set.of("约翰·米勒"), AuthorMatch.names("约翰·米勒"));
        assertTrue(AuthorMatch.matches("放飞&心情", "放飞&心情"));
    }

    @Test
    void missingAuthorsNeverMatch() {
        assertFalse(AuthorMatch.matches(null, "茉莉"));
        assertFalse(AuthorMatch.matches(" ", "茉莉"));
    }
}

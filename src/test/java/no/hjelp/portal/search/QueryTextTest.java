package no.hjelp.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void capsAtTwoHundredCodePoints() {
        assertEquals(200, QueryText.clean("a".repeat(10_000)).length());
        String thai = "ช".repeat(300);
        assertEquals(200, QueryText.clean(thai).codePointCount(0, QueryText.clean(thai).length()));
    }

    @Test
    void removesControlCharactersAndSquashesSpace() {
        assertEquals("a b", QueryText.clean("  a\u0000\t\n  b  "));
        assertEquals("", QueryText.clean(null));
        assertEquals("", QueryText.clean("\u0000\u0001"));
    }

    @Test
    void luceneSyntaxIsPlainText() {
        for (String q : new String[] {"\"", "*", "(", "AND", "~", "\\", "a:b", "title_nb:x", "[1 TO 5]", "+-!", "/regex/"}) {
            // must not throw, whatever it finds
            SearchIndex.buildQuery("en", q);
            SearchIndex.buildQuery("nb", q);
        }
        assertNull(SearchIndex.buildQuery("en", "*"));
    }
}

package no.hjelp.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Shortcodes in left-to-right and right-to-left text, links between topics, raw HTML. */
class MarkdownRendererTest {

    private final Content content = ContentLoaderTest.good();
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String topic, String lang) {
        TopicText t = content.text(topic, lang).orElseThrow();
        return renderer.html(t, content.language(lang).orElseThrow(), content);
    }

    @Test
    void factsRenderInTheReadersLanguage() {
        assertTrue(html("get-help-now", "nb").contains("varer i 6 måneder"), html("get-help-now", "nb"));
        assertTrue(html("get-help-now", "en").contains("lasts 6 months"));
        // ICU writes Arabic-Indic digits for Arabic
        assertTrue(html("get-help-now", "ar").contains("٦ أشهر"), html("get-help-now", "ar"));
    }

    @Test
    void factOverrideWinsOverIcu() {
        Fact f = content.fact("return-age").orElseThrow();
        assertEquals("ثمانية عشر", Shortcodes.formatFact(f, content.language("ar").orElseThrow()));
        assertEquals("18", Shortcodes.formatFact(f, content.language("nb").orElseThrow()));
        assertEquals("72 hours", Shortcodes.formatFact(content.fact("pep-window").orElseThrow(), content.language("en").orElseThrow()));
    }

    @Test
    void phoneStaysLeftToRightAndUnbrokenInArabic() {
        String ar = html("get-help-now", "ar");
        assertTrue(ar.contains("<a class=\"tel\" href=\"tel:+4722331160\" dir=\"ltr\">22\u00A033\u00A011\u00A060</a>"), ar);
        assertFalse(ar.contains("22 33 11 60"));
        assertTrue(ar.contains("href=\"/ar/contacts#rosa\""));
    }

    @Test
    void contactAndPhoneShortcodesInNorwegian() {
        String nb = html("get-help-now", "nb");
        assertTrue(nb.contains("<span class=\"contact\"><a href=\"/nb/contacts#rosa\">ROSA</a> <a class=\"tel\""), nb);
        assertEquals(2, nb.split("tel:\\+4722331160", -1).length - 1, nb);
    }

    @Test
    void topicLinksPointToTheReadersLanguage() {
        assertTrue(html("get-help-now", "nb").contains("href=\"/nb/legal-aid\""));
    }

    @Test
    void rawHtmlIsEscapedNotPassedThrough() {
        String nb = html("get-help-now", "nb");
        assertFalse(nb.contains("<script>"), nb);
        assertTrue(nb.contains("&lt;script&gt;"), nb);
    }

    @Test
    void plainTextExpandsShortcodesForTheIndex() {
        TopicText t = content.text("get-help-now", "nb").orElseThrow();
        String text = renderer.text(t, content.language("nb").orElseThrow(), content);
        assertTrue(text.contains("ROSA 22 33 11 60"), text);
        assertTrue(text.contains("6 måneder"), text);
    }

    @Test
    void shortTelNumbersAreDialledAsTheyAre() {
        assertEquals("tel:112", Shortcodes.telHref(new Contact.Phone("112", "high")));
        assertEquals("tel:116117", Shortcodes.telHref(new Contact.Phone("116 117", "high")));
        assertEquals("tel:02800", Shortcodes.telHref(new Contact.Phone("02800", "high")));
        assertEquals("tel:+4723105320", Shortcodes.telHref(new Contact.Phone("+47 23 10 53 20", "medium")));
    }
}

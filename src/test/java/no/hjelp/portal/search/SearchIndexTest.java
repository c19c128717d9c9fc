package no.hjelp.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.internal.ContentLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Search over the real content folder: what readers type, in their words, finds the right topic. */
class SearchIndexTest {

    static SearchIndex index;

    @BeforeAll
    static void build() {
        Content content = new ContentLoader().load(Path.of(System.getProperty("portal.content.dir", "content")));
        index = new SearchIndex();
        index.rebuild(content);
    }

    private static List<String> top3(String lang, String q) {
        return index.search(lang, q, 3).hits().stream().map(SearchHit::id).toList();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" finds {2}")
    @CsvSource(delimiter = '|', value = {
        "nb|advokat|legal-aid",
        "nb|gratis advokaten|legal-aid",
        "nb|refleksjonsperiode|reflection-period",
        "nb|betenkningstid 6 maneder|reflection-period",
        "nb|lege uten papirer|health-care-rights",
        "nb|legevakt|legevakt",
        "nb|tvangsarbeid|forced-labour",
        "nb|advokatt|legal-aid",
        "en|lawyer|legal-aid",
        "en|doctor without papers|health-care-rights",
        "en|reflection period|reflection-period",
        "en|go back home|return-home",
        "en|forced labour|forced-labour",
        "en|compensation|compensation",
        "en|lawyr|legal-aid",
        "ar|محامي|legal-aid",
        "ar|المحامي|legal-aid",
        "ar|فترة التفكير|reflection-period",
        "ar|العودة إلى الوطن|return-home",
        "th|ทนาย|legal-aid",
        "th|กลับบ้าน|return-home",
        "th|หาหมอ|health-care-rights",
    })
    void findsTheTopicInTheTopThree(String lang, String query, String expected) {
        List<String> top = top3(lang, query);
        assertTrue(top.contains(expected), lang + " '" + query + "' → " + top);
    }

    @Test
    void snippetsHighlightAndEscape() {
        SearchResults r = index.search("nb", "advokat", 5);
        assertTrue(r.hits().stream().anyMatch(h -> h.snippet().contains("<mark>")), r.toString());
        assertTrue(r.hits().stream().noneMatch(h -> h.snippet().contains("<script")));
    }

    @Test
    void emptyQueryGivesNoResultsNotAnError() {
        assertEquals(0, index.search("nb", "", 10).total());
        assertEquals(0, index.search("nb", "   ", 10).total());
        assertEquals(0, index.search("nb", null, 10).total());
    }

    @Test
    void hostileQueriesAreJustText() {
        for (String q : new String[] {"\"unclosed", "*", "advokat*", "(advokat", "advokat AND politi", "advokat~2",
                "\\", "title_nb:advokat", "<script>alert(1)</script>", "x".repeat(10_000)}) {
            SearchResults r = index.search("nb", q, 10);
            assertTrue(r.query().length() <= QueryText.MAX_LENGTH, q);
        }
        assertTrue(top3("nb", "(advokat").contains("legal-aid"));
    }

    @Test
    void fallsBackToEnglishAndNorwegianWhenNothingMatchesInTheReadersLanguage() {
        SearchResults r = index.search("th", "compensation", 10);
        assertTrue(r.fallback(), r.toString());
        assertFalse(r.hits().isEmpty());
        assertTrue(r.hits().stream().allMatch(h -> h.lang().equals("en") || h.lang().equals("nb")));
        assertTrue(r.hits().get(0).url().startsWith("/en/") || r.hits().get(0).url().startsWith("/nb/"));
    }

    @Test
    void contactsAreFoundByName() {
        SearchResults r = index.search("en", "ROSA", 5);
        assertTrue(r.hits().stream().anyMatch(h -> h.kind().equals("contact") && h.id().equals("rosa")), r.toString());
    }

    @Test
    void publishingOneTextUpdatesOnlyItsDocumentAndSearchSeesTheChangeAtOnce() throws Exception {
        Path dir = Path.of(System.getProperty("portal.content.dir", "content"));
        String file = "topics/legal-aid/en.md";
        String text = java.nio.file.Files.readString(dir.resolve(file)) + "\nPlatypus harmonica sentence.\n";
        Content changed = new ContentLoader().load(dir, java.util.Map.of(file, text));
        SearchIndex local = new SearchIndex();
        local.rebuild(new ContentLoader().load(dir));
        int before = local.stats().documents();
        assertTrue(local.search("en", "platypus harmonica", 3).hits().isEmpty());
        local.onContent(new no.hjelp.portal.content.ContentChanged(changed, List.of(file)));
        assertEquals(List.of("legal-aid"), local.search("en", "platypus harmonica", 3).hits().stream().map(SearchHit::id).toList());
        assertEquals(before, local.stats().documents(), "the document was replaced, not added");
        assertEquals("legal-aid", local.search("en", "lawyer", 3).hits().get(0).id(), "the rest of the index is intact");

        java.util.Map<String, String> gone = new java.util.HashMap<>();
        gone.put(file, null);
        Content without = new ContentLoader().load(dir, gone);
        local.onContent(new no.hjelp.portal.content.ContentChanged(without, List.of(file)));
        assertEquals(before - 1, local.stats().documents(), "an unpublished text leaves the index");
    }

    @Test
    void longQueriesStayCheapAndACrowdOfSearchesIsToldToWait() throws Exception {
        String longText = "refleksjonsperiode erstatning advokatt tvangsarbeid oppholdstillatelse helsehjelp "
                + "voldsoffererstatning menneskehandel krisesenter barnevernet politianmeldelse";
        org.apache.lucene.search.Query q = SearchIndex.buildQuery("nb", longText);
        String shown = q.toString();
        assertTrue(shown.split("~2|~1", -1).length - 1 <= SearchIndex.MAX_FUZZY * 5, "fuzzy terms capped: " + shown);
        assertFalse(SearchIndex.highlightQuery("nb", longText).toString().contains("~"), "snippets are marked without fuzzy terms");
        assertFalse(index.search("nb", longText, 10).hits().isEmpty(), "a long query still finds texts");

        java.lang.reflect.Field f = SearchIndex.class.getDeclaredField("running");
        f.setAccessible(true);
        java.util.concurrent.Semaphore running = (java.util.concurrent.Semaphore) f.get(index);
        int permits = running.drainPermits();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(SearchIndex.Busy.class, () -> index.search("nb", "advokat", 3));
        } finally {
            running.release(permits);
        }
        assertEquals("legal-aid", index.search("nb", "advokat", 3).hits().get(0).id(), "free again afterwards");
    }
}

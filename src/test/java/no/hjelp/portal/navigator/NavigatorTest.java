package no.hjelp.portal.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.NavigatorTable;
import no.hjelp.portal.content.internal.ContentLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole decision table in content/navigator, over every combination of answers. */
class NavigatorTest {

    static Content content;
    static NavigatorTable table;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of(System.getProperty("portal.content.dir", "content")));
        table = content.navigator();
    }

    /** Every combination of age × origin × status × need, "unknown" and "no need" included. */
    static List<Answers> all() {
        List<Answers> out = new ArrayList<>();
        List<String> needs = new ArrayList<>(NavigatorTable.NEEDS);
        needs.add(null);
        for (String age : NavigatorTable.QUESTIONS.get("age")) {
            for (String origin : NavigatorTable.QUESTIONS.get("origin")) {
                for (String status : NavigatorTable.QUESTIONS.get("status")) {
                    for (String need : needs) {
                        out.add(new Answers(age, origin, status, need));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> ids(Answers a) {
        return Navigator.rights(table, a).stream().map(NavigatorTable.Right::id).toList();
    }

    @Test
    void tableLoadsWithoutProblems() {
        assertEquals(List.of(), content.problems().stream().filter(p -> p.file().startsWith("navigator"))
                .map(Object::toString).toList());
        assertTrue(table.rights().size() >= 20);
    }

    @Test
    void everyCombinationGivesAtLeastOneRightAndNoContradiction() {
        List<String> problems = new ArrayList<>();
        for (Answers a : all()) {
            List<NavigatorTable.Right> rights = Navigator.rights(table, a);
            if (rights.isEmpty()) {
                problems.add(a + ": no right");
            }
            Map<String, String> groups = new HashMap<>();
            for (NavigatorTable.Right r : rights) {
                if (r.group() != null && groups.put(r.group(), r.id()) != null) {
                    problems.add(a + ": " + groups.get(r.group()) + " and another right of group " + r.group());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void childrenAlwaysHaveTheRightToNecessaryHealthCare() {
        for (Answers a : all()) {
            if (a.age().equals("under18")) {
                assertTrue(ids(a).contains("child-health"), a.toString());
                assertTrue(ids(a).contains("safe-housing-child"), a.toString());
                assertFalse(ids(a).contains("safe-housing-adult"), a.toString());
            }
        }
    }

    @Test
    void noLawfulStayStillGetsEmergencyPregnancyAndInfectiousDiseaseCare() {
        for (Answers a : all()) {
            if (a.status().equals("none") || a.status().equals("unknown")) {
                List<String> ids = ids(a);
                for (String right : List.of("emergency-care", "pregnancy-care", "infectious-care")) {
                    assertTrue(ids.contains(right), a + " lacks " + right);
                }
            }
        }
    }

    @Test
    void aReflectionPeriodGivesNecessarySocialCareAndHealthCare() {
        for (String origin : List.of("eea", "elsewhere", "unknown")) {
            List<String> ids = ids(new Answers("adult", origin, "reflection", null));
            assertTrue(ids.contains("reflection-social"), origin + " " + ids);
            assertTrue(ids.contains("reflection-health"), origin + " " + ids);
            assertTrue(ids.contains("limited-permit"), origin + " " + ids);
        }
    }

    @Test
    void dontKnowGivesTheLeastProtectedCasePlusWhomToAsk() {
        List<String> unknown = ids(new Answers("unknown", "unknown", "unknown", null));
        List<String> leastProtected = ids(new Answers("adult", "elsewhere", "none", null));
        assertTrue(unknown.containsAll(leastProtected), unknown + " vs " + leastProtected);
        assertTrue(unknown.contains("ask-for-advice"));
        assertFalse(leastProtected.contains("ask-for-advice"));
        assertTrue(unknown.contains("limited-health"));
    }

    @Test
    void whatTheReaderNeedsMostComesFirst() {
        List<String> ids = ids(new Answers("adult", "elsewhere", "none", "return"));
        assertEquals("return-help", ids.get(0));
        List<String> legal = ids(new Answers("adult", "elsewhere", "none", "legal"));
        assertTrue(table.rights().stream().filter(r -> r.id().equals(legal.get(0))).findFirst().orElseThrow()
                .needs().contains("legal"));
    }

    @Test
    void answersThatAreNotAllowedCountAsUnknown() {
        Answers a = Answers.from(Map.of("age", "<script>", "origin", "mars", "need", "DROP TABLE")::get);
        assertEquals(new Answers("unknown", "unknown", "unknown", null), a);
        assertEquals(new Answers("unknown", "unknown", "unknown", null), Answers.from(k -> null));
    }

    @Test
    void everyRightHasTextsInEveryLanguageThatHasTheNavigator() {
        for (NavigatorTable.Texts t : table.texts().values()) {
            for (NavigatorTable.Right r : table.rights()) {
                assertTrue(t.rights().containsKey(r.id()), t.file() + " lacks " + r.id());
            }
        }
        assertTrue(table.texts(content.sourceLanguage().code()).isPresent());
    }
}

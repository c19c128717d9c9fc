package no.hjelp.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.internal.ContentLoader;
import org.junit.jupiter.api.Test;

/** Every UI string exists in every language, parses as ICU MessageFormat and keeps its arguments. */
class MessagesTest {

    private static final Pattern ARG = Pattern.compile("\\{\\s*([a-zA-Z]+)\\s*[,}]");

    static Content content() {
        return new ContentLoader().load(Path.of(System.getProperty("portal.content.dir", "content")));
    }

    @Test
    void everyLanguageHasEveryKey() {
        Set<String> reference = Messages.keys(Messages.FALLBACK);
        List<String> gaps = new ArrayList<>();
        for (Language l : content().languages()) {
            assertTrue(Messages.exists(l.code()), "i18n/" + l.code() + ".properties is missing");
            Set<String> missing = new TreeSet<>(reference);
            missing.removeAll(Messages.keys(l.code()));
            Set<String> extra = new TreeSet<>(Messages.keys(l.code()));
            extra.removeAll(reference);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                gaps.add(l.code() + ": missing " + missing + ", not in en " + extra);
            }
        }
        assertEquals(List.of(), gaps);
    }

    @Test
    void everyStringParsesAndKeepsItsArguments() {
        List<String> problems = new ArrayList<>();
        Messages en = Messages.get("en");
        for (Language l : content().languages()) {
            Messages m = Messages.get(l.code(), l.tag());
            for (String key : Messages.keys(l.code())) {
                try {
                    new MessageFormat(m.text(key), com.ibm.icu.util.ULocale.forLanguageTag(l.tag()));
                } catch (IllegalArgumentException e) {
                    problems.add(l.code() + " " + key + ": " + e.getMessage());
                    continue;
                }
                if (!args(m.text(key)).equals(args(en.text(key)))) {
                    problems.add(l.code() + " " + key + ": arguments " + args(m.text(key)) + " but en has " + args(en.text(key)));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Set<String> args(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void pluralsFollowEachLanguage() {
        assertEquals("1 contact", Messages.get("en").format("contacts.count", Map.of("count", 1)));
        assertEquals("3 contacts", Messages.get("en").format("contacts.count", Map.of("count", 3)));
        assertEquals("3 kontakter", Messages.get("nb").format("contacts.count", Map.of("count", 3)));
        String arTwo = Messages.get("ar").format("contacts.count", Map.of("count", 2));
        String arThree = Messages.get("ar").format("contacts.count", Map.of("count", 3));
        assertTrue(!arTwo.equals(arThree.replace("٣", "٢")), arTwo + " / " + arThree);
    }

    @Test
    void datesInTheReadersCalendar() {
        LocalDate d = LocalDate.of(2026, 11, 28);
        assertEquals("28. november 2026", Messages.get("nb").date(d));
        assertEquals("November 28, 2026", Messages.get("en").date(d));
        assertEquals("28 พฤศจิกายน 2569", Messages.get("th").date(d));
        assertTrue(Messages.get("ar").date(d).contains("نوفمبر"), Messages.get("ar").date(d));
    }

    @Test
    void missingKeyFallsBackToEnglishThenTheKey() {
        assertEquals("no.such.key", Messages.get("nb").text("no.such.key"));
    }
}

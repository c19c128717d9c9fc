package no.hjelp.portal.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.hjelp.portal.content.NavigatorTable;

/**
 * Evaluates the decision table for a reader's answers. Pure and stateless: nothing is stored or
 * logged. Rights for what the reader needs most come first; otherwise table order.
 *
 * <p>Usage: {@code Navigator.rights(content.navigator(), Answers.from(request::getParameter))}.
 */
public final class Navigator {

    private Navigator() {
    }

    public static List<NavigatorTable.Right> rights(NavigatorTable table, Answers answers) {
        List<NavigatorTable.Right> out = new ArrayList<>();
        for (NavigatorTable.Right r : table.rights()) {
            boolean applies = r.whenUnknown() ? answers.anyUnknown()
                    : matches(r.when(), answers, table.unknown())
                      || (!r.alsoWhen().isEmpty() && matches(r.alsoWhen(), answers, table.unknown()));
            if (applies) {
                out.add(r);
            }
        }
        if (answers.need() != null) {
            out.sort(Comparator.comparing(r -> !r.needs().contains(answers.need())));
        }
        return out;
    }

    /**
     * The texts that hold a right's words for a reader: the reader's language, else English, else
     * the source language (which has every right; the loader checks that).
     */
    public static NavigatorTable.Texts textsFor(no.hjelp.portal.content.Content content, String lang, String rightId) {
        for (String l : List.of(lang, "en", content.sourceLanguage().code())) {
            var t = content.navigator().texts(l);
            if (t.isPresent() && t.get().rights().containsKey(rightId)) {
                return t.get();
            }
        }
        return null;
    }

    private static boolean matches(Map<String, Set<String>> conditions, Answers answers, Map<String, String> unknown) {
        for (Map.Entry<String, Set<String>> c : conditions.entrySet()) {
            if (!c.getValue().contains(answers.resolved(c.getKey(), unknown))) {
                return false;
            }
        }
        return true;
    }
}

package no.hjelp.portal.navigator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.hjelp.portal.content.NavigatorTable;

/**
 * A reader's answers. Anything missing or not one of the allowed answers counts as "unknown",
 * never as an error: "I don't know" is always a valid answer.
 *
 * @param need what the reader needs most, or null
 */
public record Answers(String age, String origin, String status, String need) {

    /** Reads {@code age, origin, status, need} from request parameters. */
    public static Answers from(Function<String, String> params) {
        String need = params.apply("need");
        return new Answers(answer(params, "age"), answer(params, "origin"), answer(params, "status"),
                need != null && NavigatorTable.NEEDS.contains(need) ? need : null);
    }

    private static String answer(Function<String, String> params, String question) {
        String v = params.apply(question);
        List<String> allowed = NavigatorTable.QUESTIONS.get(question);
        // List.of(...).contains(null) throws, so null is checked first
        return v != null && allowed.contains(v) ? v : "unknown";
    }

    public boolean anyUnknown() {
        return age.equals("unknown") || origin.equals("unknown") || status.equals("unknown");
    }

    /** The answer to one question, "unknown" replaced by the least protected answer. */
    String resolved(String question, Map<String, String> unknown) {
        String v = switch (question) {
            case "age" -> age;
            case "origin" -> origin;
            default -> status;
        };
        return v.equals("unknown") ? unknown.get(question) : v;
    }
}

package no.hjelp.portal.editor;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.hjelp.portal.content.ContentProblem;

/** Messages for the editors' forms, in the editors' language, next to the field they are about. */
final class Forms {

    private static final Pattern UNKNOWN_SHORTCODE = Pattern.compile("unknown shortcode '([^']*)'.*");
    private static final Pattern UNKNOWN_ID = Pattern.compile("unknown (contact|fact) '([^']*)'.*");

    private Forms() {
    }

    static String text(String key) {
        return EditorMessages.strings().text(key);
    }

    static String format(String key, Map<String, Object> args) {
        return EditorMessages.strings().format(key, args);
    }

    /** An error next to the component with that client id (null: at the top of the form). */
    static void error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    /** The loader's problems, the common ones in the editors' language, with the line. */
    static void problems(String clientId, List<ContentProblem> problems) {
        for (ContentProblem p : problems) {
            error(clientId, explain(p));
        }
    }

    static String explain(ContentProblem p) {
        Matcher m = UNKNOWN_SHORTCODE.matcher(p.message());
        if (m.matches()) {
            return format("editor.problem.shortcode", Map.of("code", m.group(1)));
        }
        m = UNKNOWN_ID.matcher(p.message());
        if (m.matches()) {
            return format("editor.problem.unknownId", Map.of("kind", m.group(1), "id", m.group(2)));
        }
        return format("editor.problem.other", Map.of("file", p.file(), "line", p.line(), "message", p.message()));
    }

    /** The message for a refused action. */
    static void refused(WorkflowException e, String clientId) {
        switch (e.reason()) {
            case DENIED -> error(null, text("editor.denied"));
            case STATE -> error(null, text("editor.wrongState"));
            case INVALID -> problems(clientId, e.problems());
            case CONFLICT -> error(null, text("editor.conflict.message"));
        }
    }
}

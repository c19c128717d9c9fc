package no.hjelp.portal.editor;

import java.util.List;
import no.hjelp.portal.content.ContentProblem;

/** Why an editor's action was refused; the form keeps what was typed. */
public class WorkflowException extends Exception {

    public enum Reason {
        /** the signed-in account may not do this */
        DENIED,
        /** someone saved this item after the form was opened: {@link #theirs()} is their revision */
        CONFLICT,
        /** the text has problems: {@link #problems()} */
        INVALID,
        /** the action does not fit the item's state (e.g. publish without review) */
        STATE
    }

    private final Reason reason;
    private final transient List<ContentProblem> problems;
    private final Revision theirs;

    public WorkflowException(Reason reason, String message, List<ContentProblem> problems, Revision theirs) {
        super(message);
        this.reason = reason;
        this.problems = problems == null ? List.of() : List.copyOf(problems);
        this.theirs = theirs;
    }

    public Reason reason() {
        return reason;
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    public Revision theirs() {
        return theirs;
    }
}

package no.hjelp.portal.editor;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import no.hjelp.portal.content.ContentStore;

/**
 * What the contact and fact forms share: the item's revision the form was opened on, the workflow
 * buttons, the conflict screen and the history. Subclasses turn their fields into the item's text.
 */
public abstract class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentStore store;

    @Inject
    Workflow workflow;

    @Inject
    CurrentEditor me;

    protected int base;
    protected String note;
    private Revision theirs;
    private String mine;
    private Integer from;
    private Integer to;

    protected abstract Item item();

    /** Fills the fields from a text (null: a new item). */
    protected abstract void fill(String text);

    /** Checks the fields (messages next to them); true when the text can be built. */
    protected abstract boolean validFields();

    /** The item's text from the fields. */
    protected abstract String text();

    /** True for a source text changed without raising its version. */
    protected boolean minor() {
        return false;
    }

    /** Opens the item, or answers 404 when the page names none (an unknown topic, contact or fact). */
    protected void openOr404(boolean exists) throws java.io.IOException {
        if (!exists) {
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, Forms.text("editor.notFound"));
            faces.responseComplete();
            return;
        }
        open();
    }

    protected void open() {
        fill(workflow.current(item()));
        base = workflow.head(item());
    }

    public void save() {
        if (!validFields()) {
            return;
        }
        run(() -> workflow.save(me.get(), item(), base, text(), note, minor()), "editor.saved");
    }

    public void submit() {
        run(() -> workflow.submit(me.get(), item(), base, note), "editor.submitted");
    }

    public void publish() {
        run(() -> workflow.publish(me.get(), item(), base, note), "editor.published");
    }

    public void sendBack() {
        run(() -> workflow.sendBack(me.get(), item(), base, note), "editor.sentBack");
    }

    public void unpublish() {
        run(() -> workflow.unpublish(me.get(), item(), base, note), "editor.unpublished");
    }

    public void restore(int number) {
        run(() -> workflow.restore(me.get(), item(), base, number), "editor.restored");
        if (theirs == null) {
            fill(workflow.current(item()));
        }
    }

    public void keepMine() {
        if (theirs != null) {
            base = theirs.number();
            theirs = null;
            save();
        }
    }

    public void takeTheirs() {
        theirs = null;
        open();
    }

    private interface Action {
        Revision run() throws WorkflowException;
    }

    private void run(Action action, String done) {
        try {
            Revision r = action.run();
            base = r.number();
            note = "";
            Forms.info(Forms.format(done, Map.of("number", r.number())));
        } catch (WorkflowException e) {
            if (e.reason() == WorkflowException.Reason.CONFLICT && e.theirs() != null) {
                theirs = e.theirs();
                mine = text();
            }
            Forms.refused(e, null);
        }
    }

    /** One form field per served language, filled from a YAML map of language → text (missing: empty). */
    protected List<LangText> perLanguage(Object yamlMap) {
        Map<?, ?> values = yamlMap instanceof Map<?, ?> map ? map : Map.of();
        List<LangText> out = new ArrayList<>();
        for (no.hjelp.portal.content.Language l : store.current().languages()) {
            Object v = values.get(l.code());
            out.add(new LangText(l.code(), l.name(), v == null ? "" : v.toString()));
        }
        return out;
    }

    /** The filled-in languages as a YAML flow map's entries: {@code nb: "…", en: "…"}. */
    protected static String flow(List<LangText> values) {
        List<String> out = new ArrayList<>();
        values.stream().filter(v -> !v.isBlank())
                .forEach(v -> out.add(v.getLang() + ": " + no.hjelp.portal.editor.internal.Yaml1.quote(v.getValue())));
        return String.join(", ", out);
    }

    /** False when the page was opened without a valid item (the getters then show nothing). */
    protected boolean ready() {
        try {
            return item() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public boolean isCanEdit() {
        return ready() && Permissions.canEdit(me.get(), item(), store.current().sourceLanguage().code());
    }

    public boolean isCanPublish() {
        return Permissions.canPublish(me.get());
    }

    public Revision getPending() {
        return ready() ? workflow.pending(item()).orElse(null) : null;
    }

    public boolean isPublished() {
        return ready() && workflow.published(item()) != null;
    }

    public List<Revision> getHistory() {
        List<Revision> h = new ArrayList<>(ready() ? workflow.history(item()) : List.of());
        Collections.reverse(h);
        return h;
    }

    public List<LineDiff.Line> getDiff() {
        if (from == null || to == null || !ready()) {
            return null;
        }
        var a = workflow.revision(item(), from);
        var b = workflow.revision(item(), to);
        return a.isPresent() && b.isPresent() ? LineDiff.of(a.get().text(), b.get().text()) : null;
    }

    public Revision getTheirs() {
        return theirs;
    }

    public String getMine() {
        return mine;
    }

    public int getBase() {
        return base;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}

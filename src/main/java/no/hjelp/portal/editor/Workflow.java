package no.hjelp.portal.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.hjelp.portal.content.ContentProblem;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.editor.Revision.Status;
import no.hjelp.portal.editor.WorkflowException.Reason;
import no.hjelp.portal.editor.internal.AuditLog;
import no.hjelp.portal.editor.internal.RevisionStore;
import no.hjelp.portal.editor.internal.YamlBlocks;

/**
 * Save draft → submit for review → publish, with history and restore. Every action checks the
 * account's role on the server, and names the revision its form was opened on ({@code base}): if
 * somebody saved since, the action is refused with a conflict and nothing is overwritten.
 * Drafts live in the data folder and are never served; publishing writes the content folder and
 * swaps the served content at once (search index, pages and brochures follow through
 * {@link no.hjelp.portal.content.ContentChanged}).
 */
@ApplicationScoped
public class Workflow {

    /** The author of the revision that records a text as it was published before editing began. */
    public static final String CONTENT_FOLDER = "content folder";

    @Inject
    ContentStore store;

    @Inject
    RevisionStore revisions;

    @Inject
    AuditLog audit;

    public List<Revision> history(Item item) {
        return revisions.list(item);
    }

    public Optional<Revision> revision(Item item, int number) {
        return revisions.get(item, number);
    }

    /** The number of the newest revision, 0 if the item was never edited here. */
    public int head(Item item) {
        return revisions.latest(item).map(Revision::number).orElse(0);
    }

    /** The draft or text in review, if one waits. */
    public Optional<Revision> pending(Item item) {
        return revisions.latest(item).filter(Revision::pending);
    }

    /** The text readers see now (a topic file, a contact's or fact's entry), or null if none is published. */
    public String published(Item item) {
        String file = store.read(item.file());
        if (file == null) {
            return null;
        }
        return switch (item.kind()) {
            case TOPIC -> file;
            case CONTACT -> YamlBlocks.contact(file, item.id());
            case FACT -> YamlBlocks.fact(file, item.id());
        };
    }

    /** The text an edit form starts from: the waiting draft, else the published text. */
    public String current(Item item) {
        return pending(item).map(Revision::text).orElseGet(() -> published(item));
    }

    /** The problems this text would cause if published; empty when it is fine. */
    public List<ContentProblem> check(Item item, String text) {
        return store.check(changes(item, text));
    }

    /** Saves a draft. Checked first: a draft with problems is not saved (the form keeps it). */
    public Revision save(Editor who, Item item, int base, String text, String note, boolean minor) throws WorkflowException {
        requireEdit(who, item);
        List<ContentProblem> problems = check(item, text);
        if (!problems.isEmpty()) {
            throw new WorkflowException(Reason.INVALID, "the text has problems", problems, null);
        }
        Revision r = append(who, item, base, Status.DRAFT, text, note, minor);
        audit.record(who.name(), "save draft", item.key() + " r" + r.number());
        return r;
    }

    public Revision submit(Editor who, Item item, int base, String note) throws WorkflowException {
        requireEdit(who, item);
        Revision latest = requireLatest(item, base, Status.DRAFT);
        Revision r = append(who, item, base, Status.REVIEW, latest.text(), note, latest.minor());
        audit.record(who.name(), "submit for review", item.key() + " r" + r.number());
        return r;
    }

    /** Sends a text in review back to its author as a draft, with a note saying why. */
    public Revision sendBack(Editor who, Item item, int base, String note) throws WorkflowException {
        requirePublisher(who);
        Revision latest = requireLatest(item, base, Status.REVIEW);
        Revision r = append(who, item, base, Status.DRAFT, latest.text(), note, latest.minor());
        audit.record(who.name(), "send back", item.key() + " r" + r.number());
        return r;
    }

    /** Publishes the text in review: readers, search and brochures show it when this returns. */
    public synchronized Revision publish(Editor who, Item item, int base, String note) throws WorkflowException {
        requirePublisher(who);
        Revision latest = requireLatest(item, base, Status.REVIEW);
        List<ContentProblem> problems = store.publish(changes(item, latest.text()));
        if (!problems.isEmpty()) {
            throw new WorkflowException(Reason.INVALID, "not published", problems, null);
        }
        Revision r = append(who, item, base, Status.PUBLISHED, latest.text(), note, latest.minor());
        audit.record(who.name(), "publish", item.key() + " r" + r.number());
        return r;
    }

    /** Takes a translation off the public site (readers get the English or Norwegian text); kept in the history. */
    public synchronized Revision unpublish(Editor who, Item item, int base, String note) throws WorkflowException {
        requirePublisher(who);
        if (item.kind() != Item.Kind.TOPIC || item.lang().equals(store.current().sourceLanguage().code())) {
            throw new WorkflowException(Reason.STATE, "only a translation can be unpublished", null, null);
        }
        String text = published(item);
        if (text == null) {
            throw new WorkflowException(Reason.STATE, "not published", null, null);
        }
        if (head(item) != base) {
            throw new WorkflowException(Reason.CONFLICT, "changed since you opened it", null, revisions.latest(item).orElse(null));
        }
        ensureBaseline(item, base);
        List<ContentProblem> problems = store.publish(changes(item, null));
        if (!problems.isEmpty()) {
            throw new WorkflowException(Reason.INVALID, "not unpublished", problems, null);
        }
        Revision r = append(who, item, head(item), Status.UNPUBLISHED, text, note, false);
        audit.record(who.name(), "unpublish", item.key() + " r" + r.number());
        return r;
    }

    /** Makes an old revision the new draft; nothing is published until it is reviewed again. */
    public Revision restore(Editor who, Item item, int base, int number) throws WorkflowException {
        requireEdit(who, item);
        Revision old = revisions.get(item, number)
                .orElseThrow(() -> new WorkflowException(Reason.STATE, "no revision " + number, null, null));
        Revision r = append(who, item, base, Status.DRAFT, old.text(), "restored from revision " + number, old.minor());
        audit.record(who.name(), "restore", item.key() + " r" + number + " as r" + r.number());
        return r;
    }

    // ---- internals ----

    private Map<String, String> changes(Item item, String text) {
        Map<String, String> changes = new HashMap<>();
        switch (item.kind()) {
            case TOPIC -> changes.put(item.file(), text);
            case CONTACT -> changes.put(item.file(), YamlBlocks.withContact(orEmpty(store.read(item.file())), item.id(), text));
            case FACT -> changes.put(item.file(), YamlBlocks.withFact(orEmpty(store.read(item.file())), item.id(), text));
        }
        return changes;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private void requireEdit(Editor who, Item item) throws WorkflowException {
        if (!Permissions.canEdit(who, item, store.current().sourceLanguage().code())) {
            throw new WorkflowException(Reason.DENIED, "no right to edit " + item, null, null);
        }
    }

    private static void requirePublisher(Editor who) throws WorkflowException {
        if (!Permissions.canPublish(who)) {
            throw new WorkflowException(Reason.DENIED, "only a publisher can do this", null, null);
        }
    }

    private Revision requireLatest(Item item, int base, Status status) throws WorkflowException {
        Optional<Revision> latest = revisions.latest(item);
        if (latest.isPresent() && latest.get().number() != base) {
            throw new WorkflowException(Reason.CONFLICT, "changed since you opened it", null, latest.get());
        }
        if (latest.isEmpty() || latest.get().status() != status) {
            throw new WorkflowException(Reason.STATE, "expected a revision in state " + status.id(), null, null);
        }
        return latest.get();
    }

    /** Before the first revision, the published text becomes revision 1, so a diff and a restore can reach it. */
    private void ensureBaseline(Item item, int base) throws WorkflowException {
        if (base == 0 && revisions.latest(item).isEmpty()) {
            String published = published(item);
            if (published != null) {
                try {
                    revisions.append(item, new Revision(1, Status.PUBLISHED, CONTENT_FOLDER, Instant.now(),
                            "as published before it was edited here", false, published));
                } catch (RevisionStore.Taken e) {
                    throw new WorkflowException(Reason.CONFLICT, "changed since you opened it", null,
                            revisions.latest(item).orElse(null));
                }
            }
        }
    }

    private Revision append(Editor who, Item item, int base, Status status, String text, String note, boolean minor)
            throws WorkflowException {
        int head = head(item);
        if (head != base && !(base == 0 && head == 0)) {
            throw new WorkflowException(Reason.CONFLICT, "changed since you opened it", null, revisions.latest(item).orElse(null));
        }
        ensureBaseline(item, base);
        Revision r = new Revision(head(item) + 1, status, who.name(), Instant.now(), note == null ? "" : note.strip(), minor, text);
        try {
            revisions.append(item, r);
        } catch (RevisionStore.Taken e) {
            throw new WorkflowException(Reason.CONFLICT, "changed since you opened it", null, revisions.latest(item).orElse(null));
        }
        return r;
    }
}

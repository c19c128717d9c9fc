package no.hjelp.portal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import no.hjelp.portal.content.ContentChanged;
import no.hjelp.portal.content.internal.FileContentStore;
import no.hjelp.portal.content.internal.TestContentStores;
import no.hjelp.portal.editor.Revision.Status;
import no.hjelp.portal.editor.WorkflowException.Reason;
import no.hjelp.portal.editor.internal.AuditLog;
import no.hjelp.portal.editor.internal.RevisionStore;
import no.hjelp.portal.editor.internal.YamlBlocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save draft → submit → publish on a real {@link FileContentStore} over a copy of the content
 * folder, with revisions and the audit log in a temporary data folder.
 */
class WorkflowTest {

    static final Path CONTENT = Path.of("content").toAbsolutePath();

    static final Editor ED = new Editor("ed", Set.of("editor"), List.of());
    static final Editor PUB = new Editor("pub", Set.of("publisher"), List.of());
    static final Editor TR = new Editor("tr", Set.of("translator"), List.of("th"));

    static final String TOPIC_ID = "health-care-rights";
    static final Item EN = Item.topic(TOPIC_ID, "en");
    static final Item TH = Item.topic(TOPIC_ID, "th");
    static final Item NB = Item.topic(TOPIC_ID, "nb");
    static final String FIRST_LINE = "Everyone in Norway has the right to health care when it is urgent.";

    @TempDir
    Path tmp;

    Path content;
    TestContentStores.RecordingEvent events;
    FileContentStore store;
    AuditLog audit;
    Workflow workflow;

    @BeforeEach
    void setUp() throws IOException {
        content = tmp.resolve("content");
        try (Stream<Path> all = Files.walk(CONTENT)) {
            for (Path p : all.toList()) {
                Path t = content.resolve(CONTENT.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        events = new TestContentStores.RecordingEvent();
        store = TestContentStores.open(content, events);
        assertEquals(content.toAbsolutePath().toString(), store.location());
        assertEquals(List.of(), store.current().problems());
        assertEquals(1, events.fired.size(), "init fires once");
        events.fired.clear();
        audit = new AuditLog(tmp.resolve("data/audit.log"));
        workflow = new Workflow();
        workflow.store = store;
        workflow.revisions = new RevisionStore(tmp.resolve("data/revisions"));
        workflow.audit = audit;
    }

    // ---- helpers ----

    private String file(String name) throws IOException {
        return Files.readString(content.resolve(name), StandardCharsets.UTF_8);
    }

    private String original(Item item) throws IOException {
        return file(item.file());
    }

    private String edited(Item item, String marker) throws IOException {
        String text = original(item);
        String body = text.substring(text.indexOf("\n---\n") + 5);
        String firstLine = body.lines().findFirst().orElseThrow();
        return text.replace(firstLine, firstLine + " " + marker);
    }

    private Path revisionDir(Item item) {
        return tmp.resolve("data/revisions").resolve(item.key());
    }

    private List<String> revisionFiles(Item item) throws IOException {
        if (!Files.isDirectory(revisionDir(item))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(revisionDir(item))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static WorkflowException refused(Reason reason, Executable action) {
        WorkflowException e = assertThrows(WorkflowException.class, action);
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }

    private List<String> auditActions() {
        List<String> out = new ArrayList<>();
        for (String[] l : audit.last(100)) {
            out.add(0, l[1] + " | " + l[2] + " | " + l[3]);
        }
        return out;
    }

    /** The changed lines of a diff, removed ones first. */
    private static List<LineDiff.Line> changed(String before, String after) {
        return LineDiff.of(before, after).stream().filter(l -> l.op() != ' ')
                .sorted(Comparator.comparing(l -> l.op() == '+')).toList();
    }

    // ---- drafts ----

    @Test
    void aFirstDraftKeepsThePublishedTextAsRevisionOne() throws IOException, WorkflowException {
        String published = original(EN);
        String draft = edited(EN, "(edited)");
        assertEquals(0, workflow.head(EN));
        assertEquals(published, workflow.current(EN), "a form starts from the published text");

        Revision r = workflow.save(ED, EN, 0, draft, "  first edit  ", false);
        assertEquals(2, r.number());
        assertEquals(Status.DRAFT, r.status());
        assertEquals("ed", r.author());
        assertEquals("first edit", r.note());

        List<Revision> history = workflow.history(EN);
        assertEquals(2, history.size());
        Revision baseline = history.get(0);
        assertEquals(1, baseline.number());
        assertEquals(Status.PUBLISHED, baseline.status());
        assertEquals(Workflow.CONTENT_FOLDER, baseline.author());
        assertEquals(published, baseline.text());
        assertEquals(draft, history.get(1).text());
        assertEquals(List.of("000001.yaml", "000002.yaml"), revisionFiles(EN));

        assertEquals(published, original(EN), "a draft never touches the content folder");
        assertEquals(published, workflow.published(EN));
        assertFalse(store.current().text(TOPIC_ID, "en").orElseThrow().body().contains("(edited)"));
        assertEquals(List.of(), events.fired);
        assertEquals(2, workflow.pending(EN).orElseThrow().number());
        assertEquals(draft, workflow.current(EN), "the form now opens on the draft");
        assertEquals(List.of("ed | save draft | topics/health-care-rights/en r2"), auditActions());
    }

    @Test
    void draftSubmitPublish() throws IOException, WorkflowException {
        String published = original(EN);
        String draft = edited(EN, "(edited)");
        workflow.save(ED, EN, 0, draft, "", false);
        Revision review = workflow.submit(ED, EN, 2, "please look");
        assertEquals(3, review.number());
        assertEquals(Status.REVIEW, review.status());
        assertEquals(draft, review.text());
        assertEquals(published, original(EN), "in review, still not published");

        refused(Reason.DENIED, () -> workflow.publish(ED, EN, 3, ""));
        refused(Reason.DENIED, () -> workflow.publish(TR, EN, 3, ""));
        assertEquals(3, workflow.head(EN));
        assertEquals(published, original(EN));
        assertEquals(List.of(), events.fired);

        Revision pub = workflow.publish(PUB, EN, 3, "ok");
        assertEquals(4, pub.number());
        assertEquals(Status.PUBLISHED, pub.status());
        assertEquals("pub", pub.author());
        assertEquals(draft, pub.text());
        assertEquals(draft, original(EN), "the file on disk has the new text");
        String servedFirstLine = store.current().text(TOPIC_ID, "en").orElseThrow().body().lines().findFirst().orElseThrow();
        assertTrue(servedFirstLine.startsWith(FIRST_LINE) && servedFirstLine.endsWith(" (edited)"), servedFirstLine);
        assertEquals(1, events.fired.size());
        assertSame(store.current(), events.fired.get(0).content());
        assertTrue(workflow.pending(EN).isEmpty());
        assertEquals(draft, workflow.published(EN));
        assertEquals(List.of(
                "ed | save draft | topics/health-care-rights/en r2",
                "ed | submit for review | topics/health-care-rights/en r3",
                "pub | publish | topics/health-care-rights/en r4"), auditActions());

        refused(Reason.STATE, () -> workflow.publish(PUB, EN, 4, "again"));
        refused(Reason.STATE, () -> workflow.submit(ED, EN, 4, "nothing to submit"));
        assertEquals(4, workflow.head(EN));
    }

    @Test
    void publishingNeedsAReview() throws IOException, WorkflowException {
        workflow.save(ED, EN, 0, edited(EN, "(edited)"), "", false);
        refused(Reason.STATE, () -> workflow.publish(PUB, EN, 2, ""));
        refused(Reason.STATE, () -> workflow.publish(PUB, NB, 0, ""));
        assertEquals(List.of(), events.fired);
    }

    @Test
    void aStaleBaseIsAConflictAndSavesNothing() throws IOException, WorkflowException {
        String mine = edited(EN, "(mine)");
        Revision theirs = workflow.save(ED, EN, 0, edited(EN, "(theirs)"), "", false);

        WorkflowException e = refused(Reason.CONFLICT, () -> workflow.save(ED, EN, 1, mine, "", false));
        assertNotNull(e.theirs());
        assertEquals(theirs.number(), e.theirs().number());
        assertEquals(theirs.text(), e.theirs().text());
        assertEquals(List.of("000001.yaml", "000002.yaml"), revisionFiles(EN));

        WorkflowException fromZero = refused(Reason.CONFLICT, () -> workflow.save(ED, EN, 0, mine, "", false));
        assertEquals(2, fromZero.theirs().number());
        refused(Reason.CONFLICT, () -> workflow.submit(ED, EN, 1, ""));
        refused(Reason.CONFLICT, () -> workflow.restore(ED, EN, 1, 1));
        assertEquals(List.of("000001.yaml", "000002.yaml"), revisionFiles(EN));

        assertEquals(3, workflow.save(ED, EN, 2, mine, "", false).number(), "with the current base it saves");
    }

    @Test
    void aTextWithProblemsIsNotSaved() throws IOException {
        String bad = edited(EN, "Call {{contact:nope}}.");
        WorkflowException e = refused(Reason.INVALID, () -> workflow.save(ED, EN, 0, bad, "", false));
        assertFalse(e.problems().isEmpty());
        assertTrue(e.problems().stream().anyMatch(p -> p.toString().contains("nope")), e.problems().toString());
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals("topics/health-care-rights/en.md")), e.problems().toString());
        assertEquals(0, workflow.head(EN));
        assertEquals(List.of(), revisionFiles(EN));
        assertEquals(List.of(), auditActions());
        assertFalse(workflow.check(EN, bad).isEmpty());
        assertEquals(List.of(), workflow.check(EN, edited(EN, "(fine)")));
    }

    @Test
    void aTranslatorSavesOnlyTheirLanguage() throws IOException, WorkflowException {
        refused(Reason.DENIED, () -> workflow.save(TR, EN, 0, edited(EN, "(tr)"), "", false));
        refused(Reason.DENIED, () -> workflow.save(TR, NB, 0, edited(NB, "(tr)"), "", false));
        refused(Reason.DENIED, () -> workflow.save(TR, Item.contact("rosa"), 0, "x", "", false));
        assertEquals(0, workflow.head(EN));
        assertEquals(0, workflow.head(NB));

        String th = edited(TH, "(แก้ไข)");
        Revision r = workflow.save(TR, TH, 0, th, "", false);
        assertEquals(2, r.number());
        assertEquals("tr", r.author());
        assertEquals(Status.REVIEW, workflow.submit(TR, TH, 2, "").status());
        refused(Reason.DENIED, () -> workflow.publish(TR, TH, 3, ""));
        assertEquals(Status.PUBLISHED, workflow.publish(PUB, TH, 3, "").status());
        assertEquals(th, original(TH));
    }

    @Test
    void restoreMakesAnOldRevisionTheNewDraft() throws IOException, WorkflowException {
        String first = edited(EN, "(first)");
        String second = edited(EN, "(second)");
        workflow.save(ED, EN, 0, first, "", false);
        workflow.save(ED, EN, 2, second, "", false);

        Revision r = workflow.restore(ED, EN, 3, 2);
        assertEquals(4, r.number());
        assertEquals(Status.DRAFT, r.status());
        assertEquals(first, r.text());
        assertEquals("restored from revision 2", r.note());
        assertEquals(first, workflow.current(EN));
        assertEquals(original(EN), workflow.published(EN), "restoring publishes nothing");

        Revision baseline = workflow.restore(ED, EN, 4, 1);
        assertEquals(workflow.published(EN), baseline.text(), "the baseline restores the text as published");
        refused(Reason.STATE, () -> workflow.restore(ED, EN, 5, 99));
        refused(Reason.DENIED, () -> workflow.restore(TR, EN, 5, 2));
        assertEquals(5, workflow.head(EN));
        assertTrue(auditActions().contains("ed | restore | topics/health-care-rights/en r2 as r4"), auditActions().toString());
    }

    @Test
    void sendBackReturnsAReviewToDraft() throws IOException, WorkflowException {
        String draft = edited(EN, "(edited)");
        workflow.save(ED, EN, 0, draft, "", false);
        workflow.submit(ED, EN, 2, "");
        refused(Reason.DENIED, () -> workflow.sendBack(ED, EN, 3, "no"));

        Revision back = workflow.sendBack(PUB, EN, 3, "fix the first line");
        assertEquals(4, back.number());
        assertEquals(Status.DRAFT, back.status());
        assertEquals(draft, back.text());
        assertEquals("fix the first line", back.note());
        assertEquals(Status.DRAFT, workflow.pending(EN).orElseThrow().status());
        refused(Reason.STATE, () -> workflow.publish(PUB, EN, 4, ""));
        refused(Reason.STATE, () -> workflow.sendBack(PUB, EN, 4, ""));
        assertEquals(Status.REVIEW, workflow.submit(ED, EN, 4, "fixed").status());
        assertEquals(List.of(), events.fired);
    }

    // ---- unpublish ----

    @Test
    void unpublishingATranslationDeletesItsFileAndKeepsTheHistory() throws IOException, WorkflowException {
        String published = original(EN);
        refused(Reason.DENIED, () -> workflow.unpublish(ED, EN, 0, ""));
        refused(Reason.CONFLICT, () -> workflow.unpublish(PUB, EN, 3, ""));

        Revision r = workflow.unpublish(PUB, EN, 0, "withdrawn");
        assertEquals(2, r.number());
        assertEquals(Status.UNPUBLISHED, r.status());
        assertEquals(published, r.text());
        assertFalse(Files.exists(content.resolve("topics/health-care-rights/en.md")));
        assertTrue(store.current().text(TOPIC_ID, "en").isEmpty());
        assertEquals("nb", store.current().textWithFallback(TOPIC_ID, "en").orElseThrow().lang());
        assertEquals(1, events.fired.size());
        assertSame(store.current(), events.fired.get(0).content());
        assertNull(workflow.published(EN));

        List<Revision> history = workflow.history(EN);
        assertEquals(List.of(Status.PUBLISHED, Status.UNPUBLISHED), history.stream().map(Revision::status).toList());
        assertEquals(published, history.get(0).text());
        assertEquals(published, history.get(1).text());
        assertTrue(auditActions().contains("pub | unpublish | topics/health-care-rights/en r2"), auditActions().toString());

        refused(Reason.STATE, () -> workflow.unpublish(PUB, EN, 2, "again"));
        assertEquals(published, workflow.restore(ED, EN, 2, 1).text(), "the text can come back through a draft");
    }

    @Test
    void theSourceLanguageAndContactsCannotBeUnpublished() throws IOException {
        refused(Reason.STATE, () -> workflow.unpublish(PUB, NB, 0, ""));
        refused(Reason.STATE, () -> workflow.unpublish(PUB, Item.contact("rosa"), 0, ""));
        refused(Reason.STATE, () -> workflow.unpublish(PUB, Item.fact("reflection-period"), 0, ""));
        assertTrue(Files.exists(content.resolve("topics/health-care-rights/nb.md")));
        assertEquals(0, workflow.head(NB));
        assertEquals(List.of(), events.fired);
    }

    // ---- contacts and facts ----

    @Test
    void aContactEditChangesOnlyItsLines() throws IOException, WorkflowException {
        Item rosa = Item.contact("rosa");
        String file = file("contacts.yaml");
        String block = workflow.published(rosa);
        assertEquals(YamlBlocks.contact(file, "rosa"), block);
        String edited = block.replace("\"22 33 11 60\"", "\"22 33 11 61\"");
        assertFalse(edited.equals(block));

        assertEquals(2, workflow.save(ED, rosa, 0, edited, "new number", false).number());
        assertEquals(block, workflow.history(rosa).get(0).text(), "the entry as published is revision 1");
        assertEquals(file, file("contacts.yaml"));
        workflow.submit(ED, rosa, 2, "");
        workflow.publish(PUB, rosa, 3, "");

        assertEquals("22 33 11 61", store.current().contact("rosa").orElseThrow().phones().get(0).number());
        String after = file("contacts.yaml");
        assertEquals(List.of(
                new LineDiff.Line('-', "    phones: [{number: \"22 33 11 60\", confidence: high}]"),
                new LineDiff.Line('+', "    phones: [{number: \"22 33 11 61\", confidence: high}]")), changed(file, after));
        assertEquals(edited, workflow.published(rosa));
        assertEquals(1, events.fired.size());
    }

    @Test
    void aContactWithABadPhoneIsNotSaved() throws IOException {
        Item rosa = Item.contact("rosa");
        String bad = workflow.published(rosa).replace("\"22 33 11 60\"", "\"call us\"");
        WorkflowException e = refused(Reason.INVALID, () -> workflow.save(ED, rosa, 0, bad, "", false));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("contacts.yaml")), e.problems().toString());
        assertEquals(0, workflow.head(rosa));
    }

    @Test
    void aFactEditIsPublished() throws IOException, WorkflowException {
        Item fact = Item.fact("reflection-period");
        String block = workflow.published(fact);
        workflow.save(ED, fact, 0, block.replace("P6M", "P7M"), "", false);
        workflow.submit(ED, fact, 2, "");
        workflow.publish(PUB, fact, 3, "");
        assertEquals(7, store.current().fact("reflection-period").orElseThrow().amount());
        assertEquals(List.of(new LineDiff.Line('-', "  duration: P6M"), new LineDiff.Line('+', "  duration: P7M")),
                changed(Files.readString(CONTENT.resolve("facts.yaml"), StandardCharsets.UTF_8), file("facts.yaml")));
    }
}

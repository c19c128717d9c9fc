package no.hjelp.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editors' area over HTTP, as the editors' browsers use it: accounts and roles, draft →
 * review → publish reaching the public page and search, who may do what (also by forged
 * requests), stale saves refused with both versions shown, scripts never reaching readers,
 * forged posts without the view state, validation next to the field, history and restore,
 * contacts and facts in forms, and no cookie on public pages meanwhile.
 * Files it publishes into target/it-content are put back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorIT extends PortalDeployment {

    static final String ADMIN_PASSWORD = "editor-test-password-1";
    static final String PASSWORD = "a-long-enough-password";
    static final String TOPIC = "/editor/topic.xhtml?topic=reflection-period&lang=en";
    static final Path CONTENT = Path.of("target", "it-content");
    static final Path DATA = Path.of("target", "data");

    private EditorSession admin() {
        EditorSession s = new EditorSession(base());
        assertTrue(s.signIn("admin", ADMIN_PASSWORD), "the first administrator signs in");
        return s;
    }

    private EditorSession as(String name) {
        EditorSession s = new EditorSession(base());
        assertTrue(s.signIn(name, PASSWORD), name + " signs in");
        return s;
    }

    private static int revisions(String key) throws IOException {
        Path dir = DATA.resolve("revisions").resolve(key);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(f -> f.toString().endsWith(".yaml")).count();
        }
    }

    private void createAccount(EditorSession admin, String name, List<String> roles, List<String> languages) {
        admin.get("/editor/accounts.xhtml");
        Map<String, List<String>> f = admin.form("accounts");
        EditorSession.set(f, "accounts:name", name);
        EditorSession.set(f, "accounts:password", PASSWORD);
        f.put("accounts:roles", roles);
        f.put("accounts:languages", languages);
        EditorSession.set(f, "accounts:save", "");
        admin.post("/editor/accounts.xhtml", f);
        assertTrue(admin.messages().stream().anyMatch(m -> m.contains(name)), admin.messages().toString());
    }

    @Test
    @Order(1)
    void anonymousVisitorsGetTheSignInPageForEveryEditorAddress() {
        for (String path : List.of("/editor/", "/editor/index.xhtml", TOPIC, "/editor/contact.xhtml?id=rosa",
                "/editor/fact.xhtml?id=reflection-period", "/editor/items.xhtml", "/editor/accounts.xhtml",
                "/editor/audit.xhtml")) {
            EditorSession s = new EditorSession(base()).get(path);
            assertEquals("/editor/login.xhtml", s.location, path);
            assertTrue(s.page.contains("id=\"signin\""), path);
        }
        HttpResponse<String> r = get("/editor/index.xhtml");
        assertEquals(302, r.statusCode());
        // the same pages spelt the ways a client can spell them: the container decodes and normalises
        // before EditorsAreaFilter decides, so none of them opens the area
        for (String target : List.of("/editor", "//editor/index.xhtml", "/%65ditor/index.xhtml", "/editor/./index.xhtml",
                "/nb/../editor/index.xhtml", "/editor/index.xhtml;x=1", "/editor%2Findex.xhtml", "/EDITOR/index.xhtml",
                "/editor/accounts.xhtml?x=/editor/login.xhtml", "/editor/login.xhtml/../accounts.xhtml")) {
            for (String method : List.of("GET", "POST")) {
                RawResponse raw = raw(target.getBytes(java.nio.charset.StandardCharsets.US_ASCII), method);
                // to the sign-in page, or (for "/editor") to "/editor/" first; else not found, not allowed or refused
                boolean redirected = (raw.status() == 302 || raw.status() == 301)
                        && (raw.text().contains("/editor/login.xhtml\r\n") || raw.text().contains("/editor/\r\n"));
                assertTrue(redirected || raw.status() >= 400 && raw.status() < 500, method + " " + target + " -> " + raw.status());
                assertFalse(raw.text().contains("id=\"matrix\"") || raw.text().contains("id=\"accounts\""), method + " " + target);
            }
        }
        // the sign-in page is not cached: every visitor gets their own view state
        HttpResponse<String> a = get("/editor/login.xhtml");
        assertTrue(a.headers().firstValue("ETag").isEmpty(), "no ETag on the sign-in page");
    }

    @Test
    @Order(2)
    void theAdministratorCreatesAccountsWithRoles() {
        EditorSession admin = admin();
        createAccount(admin, "tina", List.of("translator"), List.of("th"));
        createAccount(admin, "eddie", List.of("editor"), List.of());
        createAccount(admin, "petra", List.of("publisher"), List.of());
        createAccount(admin, "edna", List.of("editor"), List.of());
        // a short password is refused with a message next to the field, nothing saved
        admin.get("/editor/accounts.xhtml");
        admin.submit("/editor/accounts.xhtml", "accounts", "save", "accounts:name", "shorty", "accounts:password", "short",
                "accounts:roles", "editor");
        assertTrue(admin.messages().stream().anyMatch(m -> m.contains("12 tegn")), admin.messages().toString());
        admin.get("/editor/audit.xhtml");
        assertTrue((admin.page.contains("create account") || admin.page.contains("change account")) && admin.page.contains("tina roles=[translator]"),
                "account changes are audited");
        // only admins see accounts
        EditorSession eddie = as("eddie");
        eddie.get("/editor/accounts.xhtml");
        assertTrue(eddie.page.contains("id=\"denied\"") && !eddie.page.contains("tina"), "no account list for editors");
    }

    @Test
    @Order(3)
    void anEditorSavesADraftSubmitsItAndAPublisherPublishesIt() throws Exception {
        String before = get("/en/reflection-period").body();
        EditorSession eddie = as("eddie");
        eddie.get(TOPIC);
        assertNotNull(eddie.form("edit").get("edit:body"));
        String body = eddie.form("edit").get("edit:body").get(0);
        String edited = body + "\n\nPulsar marigold sentence for the test.";
        eddie.submit(TOPIC, "edit", "save", "edit:body", edited, "edit:note", "added a sentence");
        assertTrue(eddie.messages().stream().anyMatch(m -> m.contains("lagret")), eddie.messages().toString());
        assertEquals(before, get("/en/reflection-period").body(), "a draft is invisible to readers");
        assertFalse(get("/en/search?q=marigold").body().contains("Pulsar"));

        eddie.submit(TOPIC, "edit", "submit");
        assertTrue(eddie.messages().stream().anyMatch(m -> m.contains("gjennomgang")), eddie.messages().toString());
        assertFalse(eddie.page.contains("id=\"edit:publish\""), "an editor has no publish button");

        EditorSession petra = as("petra");
        petra.get("/editor/index.xhtml?state=in-review");
        assertTrue(petra.page.contains("topic=reflection-period&amp;lang=en"), "the dashboard lists the text in review");
        petra.get(TOPIC);
        petra.submit(TOPIC, "edit", "publish", "edit:note", "checked");
        assertTrue(petra.messages().stream().anyMatch(m -> m.contains("Publisert")), petra.messages().toString());
        // when publish returns, the page and the search show it (no restart, no wait)
        assertTrue(get("/en/reflection-period").body().contains("Pulsar marigold"), "the public page shows the new text");
        assertTrue(get("/en/search?q=marigold").body().contains("/en/reflection-period"), "search finds the new word");
        assertTrue(Files.readString(CONTENT.resolve("topics/reflection-period/en.md")).contains("Pulsar marigold"));
        assertEquals(4, revisions("topics/reflection-period/en"), "baseline, draft, review, published");
    }

    @Test
    @Order(4)
    void aTranslatorEditsOnlyTheirLanguagesAndCannotPublish() throws Exception {
        EditorSession tina = as("tina");
        tina.get("/editor/topic.xhtml?topic=reflection-period&lang=en");
        assertTrue(tina.page.contains("id=\"readonly\""), "English is read-only for a Thai translator");
        assertFalse(tina.page.contains("id=\"edit:save\""));
        int before = revisions("topics/reflection-period/en");
        // forged: the save button pressed although it was not offered
        tina.submit(TOPIC, "edit", "save", "edit:body", "forged text");
        assertEquals(before, revisions("topics/reflection-period/en"), "nothing saved by a forged request");

        String th = "/editor/topic.xhtml?topic=reflection-period&lang=th";
        tina.get(th);
        String body = tina.form("edit").get("edit:body").get(0);
        tina.submit(th, "edit", "save", "edit:body", body + "\n\nข้อความทดสอบ");
        assertTrue(tina.messages().stream().anyMatch(m -> m.contains("lagret")), tina.messages().toString());
        tina.submit(th, "edit", "submit");
        assertFalse(tina.page.contains("id=\"edit:publish\""));
        int inReview = revisions("topics/reflection-period/th");
        tina.submit(th, "edit", "publish");
        assertEquals(inReview, revisions("topics/reflection-period/th"), "a translator cannot publish, even by a forged request");
        assertFalse(Files.readString(CONTENT.resolve("topics/reflection-period/th.md")).contains("ข้อความทดสอบ"));
        // the contacts and the source language are not theirs either
        tina.get("/editor/contact.xhtml?id=rosa");
        assertTrue(tina.page.contains("id=\"readonly\""));
        tina.get("/editor/topic.xhtml?topic=reflection-period&lang=nb");
        assertTrue(tina.page.contains("id=\"readonly\""));
    }

    @Test
    @Order(5)
    void aStaleSaveIsRefusedWithBothVersionsSideBySide() throws Exception {
        String path = "/editor/topic.xhtml?topic=safe-housing&lang=en";
        EditorSession eddie = as("eddie");
        EditorSession edna = as("edna");
        eddie.get(path);
        edna.get(path);
        String body = eddie.form("edit").get("edit:body").get(0);
        eddie.submit(path, "edit", "save", "edit:body", body + "\n\nEddie's line.");
        int after = revisions("topics/safe-housing/en");
        edna.submit(path, "edit", "save", "edit:body", body + "\n\nEdna's line.");
        assertEquals(after, revisions("topics/safe-housing/en"), "the stale save wrote nothing");
        assertTrue(edna.page.contains("id=\"conflict\""), "the conflict screen is shown");
        assertTrue(edna.text("conflict-theirs").contains("Eddie's line."), "their version");
        assertTrue(edna.text("conflict-mine").contains("Edna's line."), "my version, not lost");
        edna.submit(path, "edit", "keepMine");
        assertEquals(after + 1, revisions("topics/safe-housing/en"), "keeping mine saves on top");
        eddie.get(path + "&from=2&to=3");
        String diff = eddie.table("revision-diff");
        assertTrue(diff.contains("− Eddie's line.") && diff.contains("+ Edna's line."), diff);
    }

    @Test
    @Order(6)
    void scriptsTypedByAnEditorNeverReachAReader() throws Exception {
        String path = "/editor/topic.xhtml?topic=interpreters&lang=en";
        EditorSession eddie = as("eddie");
        eddie.get(path);
        String body = eddie.form("edit").get("edit:body").get(0);
        eddie.submit(path, "edit", "save", "edit:title", "Interpreters <script>alert('t')</script>",
                "edit:body", body + "\n\n<script>alert('b')</script> <img src=x onerror=alert(1)> [click](javascript:alert(2))");
        eddie.submit(path, "edit", "submit");
        assertFalse(eddie.page.contains("<script>alert"), "not in the editor's preview either");
        EditorSession petra = as("petra");
        petra.get(path);
        petra.submit(path, "edit", "publish");
        String page = get("/en/interpreters").body();
        assertTrue(page.contains("alert(&#39;b&#39;)") || page.contains("alert('b')") || page.contains("&lt;script&gt;"),
                "the text is shown as text");
        assertFalse(page.contains("<script>alert"), "no script element");
        assertFalse(page.contains("<img src=\"x\"") || page.contains("<img src=x"), "no raw HTML");
        assertFalse(page.contains("href=\"javascript:"), "no javascript: link");
    }

    @Test
    @Order(7)
    void aForgedPostWithoutTheViewStateChangesNothing() throws Exception {
        EditorSession eddie = as("eddie");
        int before = revisions("topics/safe-housing/en");
        eddie.post("/editor/topic.xhtml?topic=safe-housing&lang=en", Map.of("edit", List.of("edit"),
                "edit:title", List.of("Forged"), "edit:body", List.of("Forged body"), "edit:save", List.of("")));
        assertEquals(before, revisions("topics/safe-housing/en"), "no view state, no action");
        eddie.post("/editor/topic.xhtml?topic=safe-housing&lang=en", Map.of("edit", List.of("edit"),
                "edit:title", List.of("Forged"), "edit:body", List.of("Forged body"), "edit:save", List.of(""),
                "jakarta.faces.ViewState", List.of("1234:5678")));
        assertEquals(before, revisions("topics/safe-housing/en"), "a made-up view state, no action");
        assertEquals(400, eddie.status, "a clear answer, not a server error");
        assertTrue(eddie.page.contains("id=\"expired\"") && eddie.page.contains("Forged body"),
                "the page shows what was typed, so nothing is lost");
    }

    @Test
    @Order(8)
    void invalidInputIsExplainedNextToTheFieldAndNothingIsSaved() throws Exception {
        String path = "/editor/topic.xhtml?topic=legal-aid&lang=en";
        EditorSession eddie = as("eddie");
        eddie.get(path);
        eddie.submit(path, "edit", "save", "edit:title", "", "edit:verified", "28.11.2026");
        assertTrue(eddie.page.contains("edit:title") && eddie.messages().contains("Må fylles ut."), eddie.messages().toString());
        assertTrue(eddie.messages().stream().anyMatch(m -> m.contains("ÅÅÅÅ-MM-DD")), eddie.messages().toString());
        assertEquals(0, revisions("topics/legal-aid/en"));
        eddie.get(path);
        String body = eddie.form("edit").get("edit:body").get(0);
        eddie.submit(path, "edit", "save", "edit:body", body + "\n\nCall {{contact:no-such-office}}.");
        assertTrue(eddie.messages().stream().anyMatch(m -> m.contains("no-such-office")), eddie.messages().toString());
        assertEquals(0, revisions("topics/legal-aid/en"), "a text with an unknown shortcode is not saved");
        assertTrue(eddie.form("edit").get("edit:body").get(0).contains("no-such-office"), "what was typed is kept");

        String contact = "/editor/contact.xhtml?id=rosa";
        eddie.get(contact);
        eddie.submit(contact, "edit", "save", "edit:phone0", "22 33 11 6O", "edit:web", "http://rosa-help.no");
        assertTrue(eddie.messages().stream().anyMatch(m -> m.contains("slås i Norge")), eddie.messages().toString());
        assertTrue(eddie.messages().stream().anyMatch(m -> m.contains("https://")), eddie.messages().toString());
        assertEquals(0, revisions("contacts/rosa"));
    }

    @Test
    @Order(9)
    void aContactsPhoneNumberIsChangedAndPublishedInAForm() throws Exception {
        String contact = "/editor/contact.xhtml?id=rosa";
        EditorSession eddie = as("eddie");
        eddie.get(contact);
        assertEquals("22 33 11 60", eddie.form("edit").get("edit:phone0").get(0));
        eddie.submit(contact, "edit", "save", "edit:phone1", "22 33 11 99", "edit:confidence1_input", "medium");
        assertTrue(eddie.messages().stream().anyMatch(m -> m.contains("lagret")), eddie.messages().toString());
        eddie.submit(contact, "edit", "submit");
        EditorSession petra = as("petra");
        petra.get(contact);
        petra.submit(contact, "edit", "publish");
        assertTrue(petra.messages().stream().anyMatch(m -> m.contains("Publisert")), petra.messages().toString());
        assertTrue(get("/en/contacts").body().replace('\u00a0', ' ').contains("22 33 11 99"), "the directory shows the new number");
        String yaml = Files.readString(CONTENT.resolve("contacts.yaml"));
        assertTrue(yaml.startsWith("# Contacts, stored once"), "comments at the top of the file are kept");
        assertTrue(yaml.contains("- id: police-emergency"), "the other contacts are kept");

        String fact = "/editor/fact.xhtml?id=abortion-limit";
        eddie.get(fact);
        eddie.submit(fact, "edit", "save", "edit:value", "18 weeks");
        assertTrue(eddie.messages().stream().anyMatch(m -> m.contains("P6M")), eddie.messages().toString());
        eddie.submit(fact, "edit", "save", "edit:value", "P18W", "edit:source", "Helsedirektoratet (checked again)");
        assertTrue(eddie.messages().stream().anyMatch(m -> m.contains("lagret")), eddie.messages().toString());
    }

    @Test
    @Order(10)
    void historyRestoreAndUnpublish() throws Exception {
        EditorSession petra = as("petra");
        EditorSession eddie = as("eddie");
        eddie.get(TOPIC + "&from=1&to=4");
        assertTrue(eddie.table("revision-diff").contains("+ Pulsar marigold"), "the diff shows the added sentence");
        // the history lists the newest first: revision 1 (as published before) is the fourth row
        eddie.submit(TOPIC, "edit", "history:3:restore");
        assertTrue(eddie.messages().stream().anyMatch(m -> m.contains("nytt utkast")), eddie.messages().toString());
        assertFalse(eddie.form("edit").get("edit:body").get(0).contains("Pulsar marigold"), "the form shows the old text");
        assertEquals(5, revisions("topics/reflection-period/en"), "the restore is a new revision; nothing is removed");
        assertTrue(get("/en/reflection-period").body().contains("Pulsar marigold"), "a restored draft is not yet public");

        petra.get("/editor/topic.xhtml?topic=safe-housing&lang=en");
        petra.submit("/editor/topic.xhtml?topic=safe-housing&lang=en", "edit", "unpublish", "edit:note", "wrong text");
        assertTrue(petra.messages().stream().anyMatch(m -> m.contains("Avpublisert")), petra.messages().toString());
        assertFalse(Files.exists(CONTENT.resolve("topics/safe-housing/en.md")));
        String page = get("/en/safe-housing").body();
        assertEquals(200, get("/en/safe-housing").statusCode(), "readers get the fallback text");
        assertTrue(page.contains("<article lang=\"nb"), "shown in Norwegian, with a notice");
    }

    @Test
    @Order(11)
    void publicPagesSetNoCookieWhileAnEditorIsSignedIn() {
        EditorSession eddie = as("eddie");
        HttpCookie session = eddie.sessionCookie();
        assertNotNull(session);
        assertEquals("/editor", session.getPath());
        assertTrue(session.isHttpOnly());
        for (String path : List.of("/", "/en/", "/en/reflection-period", "/en/contacts", "/en/search?q=help", "/api/v1/topics?lang=en")) {
            eddie.get(path);
            assertTrue(eddie.cookies.getCookieStore().getCookies().stream().allMatch(c -> c.getPath().equals("/editor")),
                    path);
            HttpResponse<String> r = get(path);
            assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), path);
        }
    }

    @Test
    @Order(12)
    void aMinorSourceEditKeepsTranslationsCurrentAndAMajorOneShowsTranslatorsWhatChanged() throws Exception {
        String nb = "/editor/topic.xhtml?topic=what-is-trafficking&lang=nb";
        EditorSession eddie = as("eddie");
        EditorSession petra = as("petra");
        eddie.get(nb);
        String body = eddie.form("edit").get("edit:body").get(0);
        eddie.submit(nb, "edit", "save", "edit:body", body.replaceFirst("\\.", ". "), "edit:minor_input", "on");
        eddie.submit(nb, "edit", "submit");
        petra.get(nb);
        petra.submit(nb, "edit", "publish");
        assertTrue(petra.messages().stream().anyMatch(m -> m.contains("Publisert")), petra.messages().toString());
        eddie.get("/editor/index.xhtml?lang=en&state=outdated");
        assertFalse(eddie.page.contains("topic=what-is-trafficking"), "a minor edit outdates nothing");

        eddie.get(nb);
        eddie.submit(nb, "edit", "save", "edit:body", body + "\n\nEn ny setning om rettighetene dine.");
        eddie.submit(nb, "edit", "submit");
        petra.get(nb);
        petra.submit(nb, "edit", "publish");
        assertTrue(Files.readString(CONTENT.resolve("topics/what-is-trafficking/nb.md")).contains("version: 2"));
        eddie.get("/editor/index.xhtml?lang=en&state=outdated");
        assertTrue(eddie.page.contains("topic=what-is-trafficking&amp;lang=en"), "the English translation is now outdated");
        eddie.get("/editor/topic.xhtml?topic=what-is-trafficking&lang=en");
        assertNotNull(eddie.text("outdated"));
        assertTrue(eddie.table("source-diff").contains("+ En ny setning om rettighetene dine."), eddie.table("source-diff"));
        // the translator brings it up to date; it is no longer outdated once published
        eddie.submit("/editor/topic.xhtml?topic=what-is-trafficking&lang=en", "edit", "save", "edit:upToDate_input", "on");
        eddie.submit("/editor/topic.xhtml?topic=what-is-trafficking&lang=en", "edit", "submit");
        petra.get("/editor/topic.xhtml?topic=what-is-trafficking&lang=en");
        petra.submit("/editor/topic.xhtml?topic=what-is-trafficking&lang=en", "edit", "publish");
        assertTrue(Files.readString(CONTENT.resolve("topics/what-is-trafficking/en.md")).contains("sourceVersion: 2"));
    }

    @Test
    @Order(13)
    void aFileCorruptedOnDiskKeepsItsLastGoodVersionAndHealthSaysSo() throws Exception {
        Path file = CONTENT.resolve("topics/legal-aid/en.md");
        String good = Files.readString(file);
        try {
            Files.writeString(file, good.substring(0, good.length() / 3).replace("---\ntitle", "---\ntitle: [broken"));
            long end = System.nanoTime() + 15_000_000_000L;
            String health = "";
            while (System.nanoTime() < end && !health.contains("topics/legal-aid/en.md")) {
                Thread.sleep(300);
                health = get("/health").body();
            }
            assertTrue(health.matches("(?s).*\"brokenFilesServedFromLastGoodVersion\":\"?1\"?.*") && health.contains("broken.0"), health);
            HttpResponse<String> page = get("/en/legal-aid");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<article lang=\"en"), "the English text is still served");
        } finally {
            Files.writeString(file, good);
        }
        long end = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < end && get("/health").body().contains("topics/legal-aid/en.md")) {
            Thread.sleep(300);
        }
        assertFalse(get("/health").body().contains("topics/legal-aid/en.md"), "mended, nothing held");
    }

    @Test
    @Order(14)
    void repeatedWrongPasswordsLockTheName() {
        for (int i = 0; i < 6; i++) {
            assertFalse(new EditorSession(base()).signIn("edna", "wrong-password-" + i));
        }
        EditorSession s = new EditorSession(base());
        assertFalse(s.signIn("edna", PASSWORD), "even the right password waits after six failures");
        assertTrue(s.messages().stream().anyMatch(m -> m.contains("Vent litt")), s.messages().toString());
    }

    @Test
    @Order(15)
    void anAccountLeftWithoutARoleOrTakenOutOfTheFileIsRefusedAtItsNextRequest() throws IOException {
        createAccount(admin(), "rolf", List.of("editor"), List.of());
        EditorSession rolf = as("rolf");
        assertEquals(200, rolf.get("/editor/items.xhtml").status);
        Path file = DATA.resolve("accounts.yaml");
        String before = Files.readString(file);
        try {
            // an administrator's hand edit of the file leaves rolf without a role
            writeAccounts(file, before, "rolf", a -> a.put("roles", List.of()));
            assertEquals(403, rolf.get("/editor/items.xhtml").status, "the session rolf already has");
            assertFalse(new EditorSession(base()).signIn("rolf", PASSWORD), "a new sign-in");
            // and then takes rolf out of the file
            writeAccounts(file, before, "rolf", a -> a.clear());
            assertEquals(403, rolf.get("/editor/index.xhtml").status);
            assertFalse(rolf.page.contains("id=\"matrix\""));
            assertEquals(200, admin().get("/editor/items.xhtml").status, "everybody else still gets in");
        } finally {
            Files.writeString(file, before);
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        }
    }

    @Test
    @Order(16)
    void aSignInBegunButNotFinishedOpensNothing() {
        // a wrong password leaves a session (the sign-in form's) but no sign-in; the next request to
        // the area, with that session, lands on the sign-in page again
        EditorSession s = new EditorSession(base());
        assertFalse(s.signIn("admin", "not-the-password"));
        for (String path : List.of("/editor/items.xhtml", "/editor/accounts.xhtml", "/editor/")) {
            s.get(path);
            assertEquals("/editor/login.xhtml", s.location, path);
            assertTrue(s.page.contains("id=\"signin\""), path);
            assertFalse(s.page.contains("id=\"matrix\"") || s.page.contains("id=\"accounts\""), path);
        }
    }

    @Test
    @Order(17)
    void signingInGivesTheSessionANewIdAndAFormSentWithoutASignInKeepsItsText() {
        EditorSession s = new EditorSession(base());
        s.get("/editor/login.xhtml");
        String before = sessionId(s);
        assertNotNull(before, "the sign-in form has a session");
        assertTrue(s.signIn("admin", ADMIN_PASSWORD));
        String after = sessionId(s);
        assertNotNull(after);
        assertFalse(before.equals(after), "an id known before the sign-in (session fixation) is worth nothing after it");
        assertTrue(s.page.contains("<span id=\"signed-in-as\">admin</span>"), "the header names who is signed in");
        // signing out (a plain post, no view state needed) ends the session: the old id opens nothing
        s.post("/editor/sign-out", Map.of());
        assertEquals("/editor/login.xhtml", s.location);
        EditorSession old = new EditorSession(base());
        HttpCookie id = new HttpCookie("JSESSIONID", after);
        id.setPath("/editor");
        old.cookies.getCookieStore().add(java.net.URI.create(base()), id);
        old.get("/editor/items.xhtml");
        assertEquals("/editor/login.xhtml", old.location);
        assertFalse(old.page.contains("id=\"matrix\""));
        // a form sent after the session ended: 403, and the page shows what was typed
        EditorSession gone = new EditorSession(base());
        gone.post("/editor/topic.xhtml?topic=safe-housing&lang=en", Map.of("edit:title", List.of("Typed title"),
                "edit:body", List.of("A body typed before the session ended"), "edit:save", List.of("")));
        assertEquals(403, gone.status);
        assertTrue(gone.page.contains("id=\"expired\"") && gone.page.contains("A body typed before the session ended"), gone.page);
    }

    @Test
    @Order(18)
    void aNewPasswordEndsEveryOlderSignIn() throws IOException {
        EditorSession eddie = as("eddie");
        assertEquals(200, eddie.get("/editor/items.xhtml").status);
        Path file = DATA.resolve("accounts.yaml");
        String before = Files.readString(file);
        try {
            // the administrator gives eddie a new password (here by hand: admin's hash)
            @SuppressWarnings("unchecked")
            Map<String, Object> root = new org.yaml.snakeyaml.Yaml().load(before);
            @SuppressWarnings("unchecked")
            String adminHash = ((List<Map<String, Object>>) root.get("accounts")).stream()
                    .filter(a -> "admin".equals(a.get("name"))).findFirst().orElseThrow().get("password").toString();
            writeAccounts(file, before, "eddie", a -> a.put("password", adminHash));
            eddie.get("/editor/items.xhtml");
            assertEquals("/editor/login.xhtml", eddie.location, "the session signed in with the old password");
            assertTrue(eddie.page.contains("id=\"signin\""));
        } finally {
            Files.writeString(file, before);
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10000));
        }
    }

    private static String sessionId(EditorSession s) {
        return s.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Rewrites the accounts file with one account changed (emptied: removed), as a hand edit would. */
    @SuppressWarnings("unchecked")
    private static void writeAccounts(Path file, String yaml, String name, java.util.function.Consumer<Map<String, Object>> change)
            throws IOException {
        Map<String, Object> root = new org.yaml.snakeyaml.Yaml().load(yaml);
        List<Map<String, Object>> list = (List<Map<String, Object>>) root.get("accounts");
        list.stream().filter(a -> name.equals(a.get("name"))).forEach(change);
        list.removeIf(Map::isEmpty);
        // a later modification time than the file had, so the portal reads it again
        long then = Files.getLastModifiedTime(file).toMillis();
        Files.writeString(file, new org.yaml.snakeyaml.Yaml().dump(root));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(Math.max(then + 2000, System.currentTimeMillis())));
    }

    @BeforeAll
    static void startWithoutHistory() throws IOException {
        deleteRevisions();
    }

    @AfterAll
    static void putTheContentBack() throws IOException {
        for (String file : List.of("topics/reflection-period/en.md", "topics/reflection-period/th.md", "topics/safe-housing/en.md",
                "topics/interpreters/en.md", "topics/what-is-trafficking/nb.md", "topics/what-is-trafficking/en.md", "contacts.yaml",
                "facts.yaml")) {
            Files.copy(Path.of("content").resolve(file), CONTENT.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        deleteRevisions();
    }

    static void deleteRevisions() throws IOException {
        Path revisions = DATA.resolve("revisions");
        if (Files.isDirectory(revisions)) {
            try (Stream<Path> all = Files.walk(revisions)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

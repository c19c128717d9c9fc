package no.hjelp.portal.content.internal;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.hjelp.portal.content.Brochure;
import no.hjelp.portal.content.Contact;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.ContentProblem;
import no.hjelp.portal.content.Fact;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.MarkdownRenderer;
import no.hjelp.portal.content.NavigatorTable;
import no.hjelp.portal.content.SiteSettings;
import no.hjelp.portal.content.TopicText;
import no.hjelp.portal.content.Translation;

/**
 * Reads the content folder into a {@link Content} snapshot. Every problem names its file and line;
 * a file (or a contact entry) with a problem is left out and the rest is served.
 *
 * <p>Usage: {@code Content c = new ContentLoader().load(Path.of("content"));}
 */
public final class ContentLoader {

    static final Set<String> TOPIC_KEYS = Set.of("title", "summary", "audiences", "version", "sourceVersion",
            "translation", "verified", "sources", "keywords");
    static final Set<String> AUDIENCES = Set.of("everyone", "victims", "professionals", "migrants",
            "marriage-migrants", "visa-applicants", "children", "buyers", "people-in-prostitution");
    static final Set<String> CONTACT_KEYS = Set.of("id", "name", "official", "kinds", "emergency", "phones", "open24h",
            "hours", "area", "languages", "free", "anonymous", "noLegalStayNeeded", "web", "email", "description",
            "verified", "source");
    /** The kinds of contact the directory can filter on. */
    public static final List<String> KINDS = List.of("emergency", "hotline", "shelter", "health", "legal", "police",
            "child", "return", "labour", "info");
    private static final Set<String> PUBLISHABLE = Set.of("high", "medium");
    /** An ISO 8601 duration with one unit. */
    public static final Pattern DURATION = Pattern.compile("P(\\d+)([YMWD])|PT(\\d+)([HM])");
    /** A phone number as dialled in Norway, groups separated by spaces. */
    public static final Pattern PHONE = Pattern.compile("\\+?[0-9]{2,4}( ?[0-9]{2,3})*");
    /** A 24-hour time, "09:00". */
    public static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Set<String> drafts = new HashSet<>();
    private Map<String, String> changes = Map.of();
    private List<ContentProblem> problems;
    private Path root;

    public Content load(Path dir) {
        return load(dir, Map.of());
    }

    /**
     * Loads the folder as if some files had other text: what a publish would serve, checked before
     * anything is written.
     *
     * @param changes file path relative to {@code dir} ("topics/work/en.md", "contacts.yaml") → its
     *                new text, or null for a file that would be deleted
     */
    public Content load(Path dir, Map<String, String> changes) {
        this.changes = changes;
        problems = new ArrayList<>();
        drafts.clear();
        root = dir;
        List<Language> all = languages(dir.resolve("languages.yaml"));
        // draft languages are checked like the others, but not served until their draft flag goes
        List<Language> languages = all.stream().filter(l -> !drafts.contains(l.code())).toList();
        Set<String> codes = new HashSet<>();
        all.forEach(l -> codes.add(l.code()));
        SiteSettings site = site(dir.resolve("site.yaml"));
        List<String> topicIds = topicIds(dir.resolve("site.yaml"));
        Map<String, Fact> facts = facts(dir.resolve("facts.yaml"));
        List<Contact> contacts = contacts(dir.resolve("contacts.yaml"), codes);
        Map<String, Boolean> contactPhones = new HashMap<>();
        contacts.forEach(c -> contactPhones.put(c.id(), !c.phones().isEmpty()));

        Map<String, Map<String, TopicText>> topics = new LinkedHashMap<>();
        topicIds.forEach(id -> topics.put(id, new LinkedHashMap<>()));
        Path topicDir = dir.resolve("topics");
        Map<String, TopicText> parsed = new LinkedHashMap<>();
        if (Files.isDirectory(topicDir)) {
            try (Stream<Path> folders = Files.list(topicDir)) {
                for (Path folder : folders.sorted().toList()) {
                    String id = folder.getFileName().toString();
                    if (!Files.isDirectory(folder)) {
                        continue;
                    }
                    if (!topics.containsKey(id)) {
                        problem(folder, 0, "'" + id + "' is not a topic id: the ids are fixed and listed in site.yaml (topics)");
                        continue;
                    }
                    try (Stream<Path> files = Files.list(folder)) {
                        java.util.TreeSet<Path> listed = new java.util.TreeSet<>(files.toList());
                        for (Map.Entry<String, String> c : changes.entrySet()) {
                            if (c.getKey().startsWith("topics/" + id + "/")) {
                                if (c.getValue() == null) {
                                    listed.remove(dir.resolve(c.getKey()));
                                } else {
                                    listed.add(dir.resolve(c.getKey()));
                                }
                            }
                        }
                        for (Path file : listed) {
                            String name = file.getFileName().toString();
                            String lang = name.endsWith(".md") ? name.substring(0, name.length() - 3) : null;
                            if (lang == null || !codes.contains(lang)) {
                                problem(file, 0, "a topic file is named <language>.md with a code from languages.yaml: " + codes);
                                continue;
                            }
                            TopicText t = topic(file, id, lang);
                            if (t != null) {
                                parsed.put(id + "/" + lang, t);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                problem(topicDir, 0, "cannot read: " + e.getMessage());
            }
        }
        String source = languages.stream().filter(Language::isSource).map(Language::code).findFirst().orElse("nb");
        for (TopicText t : parsed.values()) {
            List<ContentProblem> bodyProblems = markdown.problems(t, topics.keySet(), contactPhones, facts.keySet());
            boolean ok = bodyProblems.isEmpty();
            problems.addAll(bodyProblems);
            if (t.lang().equals(source) && t.version() == null) {
                problem(t.file(), 1, "the source language's text needs 'version' (an integer, raised on each change that matters)");
                ok = false;
            }
            if (!t.lang().equals(source) && t.translation() != Translation.ORIGINAL && t.sourceVersion() == null) {
                problem(t.file(), 1, "a translation needs 'sourceVersion': the version of the " + source
                        + " text it was translated from");
                ok = false;
            }
            if (ok) {
                topics.get(t.topic()).put(t.lang(), t);
            }
        }
        NavigatorTable navigator = navigator(dir.resolve("navigator"), all, topics.keySet(), contactPhones,
                facts.keySet());
        Map<String, Brochure> brochures = brochures(dir.resolve("brochures"), codes, topics.keySet(), contactPhones.keySet());
        return new Content(languages, topicIds, topics, contacts, facts, site, navigator, brochures, problems);
    }

    // ---- brochures ----

    private Map<String, Brochure> brochures(Path dir, Set<String> codes, Set<String> topicIds, Set<String> contactIds) {
        Map<String, Brochure> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problem(dir, 0, "cannot read: " + e.getMessage());
            return out;
        }
        for (Path file : files) {
            String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            if (!ID.matcher(id).matches()) {
                problem(file, 0, "a brochure file is named <id>.yaml, the id lower-case words joined by hyphens");
                continue;
            }
            YamlNode n = read(file);
            if (n == null) {
                continue;
            }
            int before = problems.size();
            unknownKeys(file, n, Set.of("title", "audience", "topics", "contacts"));
            Map<String, String> title = perLanguage(file, n, "title", codes);
            if (!title.containsKey("nb")) {
                problem(file, n.line, "the brochure needs a title in nb (the source language)");
            }
            String audience = string(file, n, "audience", true);
            if (audience != null && !AUDIENCES.contains(audience)) {
                problem(file, n.map().get("audience").line, "unknown audience '" + audience + "': audiences are " + AUDIENCES);
            }
            List<String> topics = strings(file, n, "topics");
            if (topics.isEmpty()) {
                problem(file, n.line, "'topics' lists the topic ids to print, in order");
            }
            for (String t : topics) {
                if (!topicIds.contains(t)) {
                    problem(file, n.map().get("topics").line, "'" + t + "' is not a topic id");
                }
            }
            List<String> contacts = strings(file, n, "contacts");
            for (String c : contacts) {
                if (!contactIds.contains(c)) {
                    problem(file, n.map().get("contacts").line, "unknown contact '" + c + "'");
                }
            }
            if (problems.size() == before) {
                out.put(id, new Brochure(id, title, audience, topics, contacts));
            }
        }
        return out;
    }

    // ---- the rights navigator ----

    private NavigatorTable navigator(Path dir, List<Language> languages, Set<String> topicIds,
                                     Map<String, Boolean> contacts, Set<String> factIds) {
        Path rulesFile = dir.resolve("rules.yaml");
        if (!Files.isRegularFile(rulesFile)) {
            return NavigatorTable.empty();
        }
        YamlNode root = read(rulesFile);
        if (root == null) {
            return NavigatorTable.empty();
        }
        Map<String, String> unknown = new LinkedHashMap<>();
        YamlNode u = root.map().get("unknown");
        for (String q : List.of("age", "origin", "status")) {
            String v = u == null ? null : string(rulesFile, u, q, true);
            if (v != null && (!NavigatorTable.QUESTIONS.get(q).contains(v) || v.equals("unknown"))) {
                problem(rulesFile, u.line, "unknown." + q + " must be one of " + NavigatorTable.QUESTIONS.get(q) + " other than unknown");
                v = null;
            }
            unknown.put(q, v == null ? NavigatorTable.empty().unknown().get(q) : v);
        }
        List<NavigatorTable.Right> rights = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode n : root.map().getOrDefault("rights", root).list()) {
            int before = problems.size();
            unknownKeys(rulesFile, n, Set.of("id", "group", "when", "alsoWhen", "whenUnknown", "needs", "basis", "verified",
                    "source", "topic", "contacts"));
            String id = string(rulesFile, n, "id", true);
            if (id != null && (!ID.matcher(id).matches() || !ids.add(id))) {
                problem(rulesFile, n.line, "right id '" + id + "' must be unique, lower-case words joined by hyphens");
            }
            Map<String, Set<String>> when = conditions(rulesFile, n, "when");
            Map<String, Set<String>> alsoWhen = conditions(rulesFile, n, "alsoWhen");
            boolean whenUnknown = bool(rulesFile, n, "whenUnknown") == Boolean.TRUE;
            if (!whenUnknown && !n.map().containsKey("when")) {
                problem(rulesFile, n.line, "right '" + id + "' needs 'when:' ({} means everyone) or 'whenUnknown: true'");
            }
            List<String> needs = strings(rulesFile, n, "needs");
            for (String need : needs) {
                if (!NavigatorTable.NEEDS.contains(need)) {
                    problem(rulesFile, n.line, "unknown need '" + need + "': needs are " + NavigatorTable.NEEDS);
                }
            }
            String topic = string(rulesFile, n, "topic", true);
            if (topic != null && !topicIds.contains(topic)) {
                problem(rulesFile, n.map().get("topic").line, "topic '" + topic + "' is not a topic id");
            }
            List<String> rightContacts = strings(rulesFile, n, "contacts");
            for (String c : rightContacts) {
                if (!contacts.containsKey(c)) {
                    problem(rulesFile, n.map().get("contacts").line, "unknown contact '" + c + "'");
                }
            }
            String basis = string(rulesFile, n, "basis", true);
            LocalDate verified = date(rulesFile, n, "verified");
            String source = string(rulesFile, n, "source", true);
            if (problems.size() == before && id != null) {
                rights.add(new NavigatorTable.Right(id, string(rulesFile, n, "group", false), when, alsoWhen, whenUnknown,
                        needs, basis, verified, source, topic, rightContacts));
            }
        }
        Map<String, NavigatorTable.Texts> texts = new LinkedHashMap<>();
        Set<String> rightIds = new HashSet<>();
        rights.forEach(r -> rightIds.add(r.id()));
        String source = languages.stream().filter(Language::isSource).map(Language::code).findFirst().orElse("nb");
        for (Language lang : languages) {
            Path file = dir.resolve(lang.code() + ".yaml");
            if (!Files.isRegularFile(file)) {
                if (lang.code().equals(source)) {
                    problem(file, 0, "missing: the navigator's texts in the source language");
                }
                continue;
            }
            YamlNode t = read(file);
            if (t == null) {
                continue;
            }
            int before = problems.size();
            unknownKeys(file, t, Set.of("version", "sourceVersion", "translation", "rights"));
            Integer version = integer(file, t, "version");
            Integer sourceVersion = integer(file, t, "sourceVersion");
            String tr = string(file, t, "translation", true);
            Translation translation = tr == null ? null : Translation.parse(tr);
            if (tr != null && translation == null) {
                problem(file, t.line, "translation is 'original', 'machine-drafted' or 'reviewed'");
            }
            if (lang.code().equals(source) && version == null) {
                problem(file, t.line, "the source language's texts need 'version'");
            }
            if (!lang.code().equals(source) && sourceVersion == null) {
                problem(file, t.line, "a translation needs 'sourceVersion'");
            }
            Map<String, NavigatorTable.RightText> byId = new LinkedHashMap<>();
            YamlNode rs = t.map().get("rights");
            if (rs != null) {
                for (Map.Entry<String, YamlNode> e : rs.map().entrySet()) {
                    if (!rightIds.contains(e.getKey())) {
                        problem(file, e.getValue().line, "'" + e.getKey() + "' is not a right in rules.yaml");
                        continue;
                    }
                    unknownKeys(file, e.getValue(), Set.of("title", "text"));
                    String title = string(file, e.getValue(), "title", true);
                    String text = string(file, e.getValue(), "text", true);
                    if (title != null && text != null) {
                        int line = e.getValue().map().get("text").line;
                        problems.addAll(markdown.problems(TopicText.snippet(lang.code(), text, name(file), line), topicIds,
                                contacts, factIds));
                        byId.put(e.getKey(), new NavigatorTable.RightText(title, text, line));
                    }
                }
            }
            if (lang.code().equals(source)) {
                for (String id : rightIds) {
                    if (!byId.containsKey(id)) {
                        problem(file, t.line, "right '" + id + "' has no text in the source language");
                    }
                }
            }
            if (problems.size() == before) {
                texts.put(lang.code(), new NavigatorTable.Texts(lang.code(), version, sourceVersion, translation, byId, name(file)));
            }
        }
        return new NavigatorTable(unknown, rights, texts);
    }

    private Map<String, Set<String>> conditions(Path file, YamlNode n, String key) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        YamlNode c = n.map().get(key);
        if (c == null) {
            return out;
        }
        for (Map.Entry<String, YamlNode> e : c.map().entrySet()) {
            List<String> allowed = NavigatorTable.QUESTIONS.get(e.getKey());
            if (allowed == null) {
                problem(file, e.getValue().line, "unknown question '" + e.getKey() + "': questions are age, origin, status");
                continue;
            }
            Set<String> values = new java.util.LinkedHashSet<>();
            for (YamlNode v : e.getValue().list()) {
                if (v.text() == null || !allowed.contains(v.text()) || v.text().equals("unknown")) {
                    problem(file, v.line, "'" + v.text() + "' is not an answer to " + e.getKey() + ": answers are " + allowed
                            + " ('unknown' is resolved through 'unknown:' at the top)");
                } else {
                    values.add(v.text());
                }
            }
            out.put(e.getKey(), values);
        }
        return out;
    }

    // ---- languages, site, facts ----

    private List<Language> languages(Path file) {
        List<Language> result = new ArrayList<>();
        YamlNode root = read(file);
        if (root == null) {
            return result;
        }
        Set<String> seen = new HashSet<>();
        for (YamlNode n : root.map().getOrDefault("languages", root).list()) {
            String code = string(file, n, "code", true);
            if (code == null) {
                continue;
            }
            if (!seen.add(code)) {
                problem(file, n.line, "language '" + code + "' is listed twice");
                continue;
            }
            String tag = orElse(string(file, n, "tag", false), code);
            ULocale locale = ULocale.forLanguageTag(tag);
            if (locale.getLanguage().isEmpty()) {
                problem(file, n.line, "'" + tag + "' is not a BCP 47 language tag");
                continue;
            }
            String name = string(file, n, "name", false);
            if (name == null) {
                name = locale.getDisplayName(locale);
                name = name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale.toLocale()) + name.substring(1);
            }
            String dir = string(file, n, "dir", false);
            if (dir != null && !dir.equals("ltr") && !dir.equals("rtl")) {
                problem(file, n.line, "dir is 'ltr' or 'rtl', not '" + dir + "'");
                dir = null;
            }
            boolean rtl = dir == null ? locale.isRightToLeft() : dir.equals("rtl");
            if (bool(file, n, "draft") == Boolean.TRUE) {
                drafts.add(code);
            }
            result.add(new Language(code, tag, name, rtl, string(file, n, "source", false)));
        }
        long sources = result.stream().filter(Language::isSource).count();
        if (sources != 1) {
            problem(file, 1, "exactly one language must be the source (have no 'source'); found " + sources);
        }
        return result;
    }

    private SiteSettings site(Path file) {
        YamlNode root = read(file);
        if (root == null) {
            return new SiteSettings("https://www.yr.no/", List.of());
        }
        String exit = string(file, root, "quickExit", true);
        if (exit != null && !exit.startsWith("https://")) {
            problem(file, root.map().get("quickExit").line, "quickExit must be an https:// address");
            exit = null;
        }
        List<SiteSettings.Situation> situations = new ArrayList<>();
        for (YamlNode n : root.map().getOrDefault("situations", root).list()) {
            String label = string(file, n, "label", true);
            String topic = string(file, n, "topic", true);
            if (label != null && topic != null) {
                situations.add(new SiteSettings.Situation(label, topic));
            }
        }
        return new SiteSettings(exit == null ? "https://www.yr.no/" : exit, situations);
    }

    private List<String> topicIds(Path file) {
        YamlNode root = read(file);
        List<String> ids = new ArrayList<>();
        if (root == null) {
            return ids;
        }
        for (YamlNode n : root.map().getOrDefault("topics", root).list()) {
            if (n.text() != null && ID.matcher(n.text()).matches() && !ids.contains(n.text())) {
                ids.add(n.text());
            } else {
                problem(file, n.line, "a topic id is lower-case words joined by hyphens, listed once");
            }
        }
        return ids;
    }

    private Map<String, Fact> facts(Path file) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        YamlNode root = read(file);
        if (root == null) {
            return facts;
        }
        for (Map.Entry<String, YamlNode> e : root.map().entrySet()) {
            YamlNode n = e.getValue();
            String duration = string(file, n, "duration", false);
            String number = string(file, n, "number", false);
            LocalDate verified = date(file, n, "verified");
            String source = string(file, n, "source", true);
            unknownKeys(file, n, Set.of("duration", "number", "override", "verified", "source"));
            long amount;
            String unit = null;
            if (duration != null) {
                Matcher m = DURATION.matcher(duration);
                if (!m.matches()) {
                    problem(file, n.line, "fact '" + e.getKey() + "': duration '" + duration
                            + "' is not ISO 8601 with one unit, e.g. P6M, P1Y, P18W, P10D, PT3H");
                    continue;
                }
                boolean time = m.group(3) != null;
                amount = Long.parseLong(time ? m.group(3) : m.group(1));
                String u = time ? m.group(4) : m.group(2);
                unit = time ? (u.equals("H") ? "hour" : "minute")
                        : switch (u) { case "Y" -> "year"; case "M" -> "month"; case "W" -> "week"; default -> "day"; };
            } else if (number != null && number.matches("\\d{1,9}")) {
                amount = Long.parseLong(number);
            } else {
                problem(file, n.line, "fact '" + e.getKey() + "' needs a 'duration' (e.g. P6M) or a whole 'number'");
                continue;
            }
            if (verified == null || source == null) {
                continue;
            }
            Map<String, String> overrides = new HashMap<>();
            YamlNode override = n.map().get("override");
            if (override != null) {
                override.map().forEach((k, v) -> overrides.put(k, v.text()));
            }
            facts.put(e.getKey(), new Fact(e.getKey(), amount, unit, overrides, verified, source));
        }
        return facts;
    }

    // ---- contacts ----

    private List<Contact> contacts(Path file, Set<String> codes) {
        List<Contact> contacts = new ArrayList<>();
        YamlNode root = read(file);
        if (root == null) {
            return contacts;
        }
        Set<String> ids = new HashSet<>();
        for (YamlNode n : root.map().getOrDefault("contacts", root).list()) {
            int before = problems.size();
            String id = string(file, n, "id", true);
            if (id != null && (!ID.matcher(id).matches() || !ids.add(id))) {
                problem(file, n.line, "contact id '" + id + "' must be unique, lower-case words joined by hyphens");
            }
            unknownKeys(file, n, CONTACT_KEYS);
            Map<String, String> name = perLanguage(file, n, "name", codes);
            if (!name.containsKey("nb") && !name.containsKey("en")) {
                problem(file, n.line, "contact '" + id + "' needs a name in nb or en");
            }
            Map<String, String> description = perLanguage(file, n, "description", codes);
            if (!description.containsKey("nb")) {
                problem(file, n.line, "contact '" + id + "' needs a description in nb (the source language)");
            }
            List<String> kinds = strings(file, n, "kinds");
            for (String k : kinds) {
                if (!KINDS.contains(k)) {
                    problem(file, n.map().get("kinds").line, "unknown kind '" + k + "': kinds are " + KINDS);
                }
            }
            if (kinds.isEmpty()) {
                problem(file, n.line, "contact '" + id + "' needs at least one kind: " + KINDS);
            }
            List<Contact.Phone> phones = new ArrayList<>();
            for (YamlNode p : n.map().getOrDefault("phones", n).list()) {
                String number = string(file, p, "number", true);
                String confidence = string(file, p, "confidence", true);
                if (number == null || confidence == null) {
                    continue;
                }
                if (!PHONE.matcher(number).matches()) {
                    problem(file, p.line, "phone '" + number + "' is not a number as dialled in Norway, e.g. \"22 33 11 60\" or \"+47 23 10 53 20\"");
                } else if (!PUBLISHABLE.contains(confidence)) {
                    problem(file, p.line, "phone '" + number + "' has confidence '" + confidence
                            + "': publish a number only when its confidence is high or medium (shared/facts/contacts-norway.md)");
                } else {
                    phones.add(new Contact.Phone(number, confidence));
                }
            }
            List<Contact.Hours> hours = new ArrayList<>();
            for (YamlNode h : n.map().getOrDefault("hours", n).list()) {
                List<DayOfWeek> days = days(file, h);
                String from = string(file, h, "from", false);
                String to = string(file, h, "to", false);
                if ((from != null && !TIME.matcher(from).matches()) || (to != null && !TIME.matcher(to).matches())) {
                    problem(file, h.line, "opening hours are written as 24-hour times, e.g. \"09:00\"");
                }
                hours.add(new Contact.Hours(days, from, to));
            }
            List<String> languages = strings(file, n, "languages");
            String web = string(file, n, "web", false);
            if (web != null && !web.startsWith("https://")) {
                problem(file, n.map().get("web").line, "web address must start with https://");
            }
            LocalDate verified = date(file, n, "verified");
            String source = string(file, n, "source", true);
            if (problems.size() > before || id == null) {
                continue;
            }
            contacts.add(new Contact(id, name, string(file, n, "official", false), kinds,
                    bool(file, n, "emergency") == Boolean.TRUE, phones, bool(file, n, "open24h") == Boolean.TRUE, hours,
                    orElse(string(file, n, "area", false), "national"), languages, bool(file, n, "free"),
                    bool(file, n, "anonymous"), bool(file, n, "noLegalStayNeeded"), web, string(file, n, "email", false),
                    description, verified, source));
        }
        return contacts;
    }

    private List<DayOfWeek> days(Path file, YamlNode h) {
        String spec = string(file, h, "days", true);
        List<DayOfWeek> days = new ArrayList<>();
        if (spec == null) {
            return days;
        }
        try {
            for (String part : spec.split(",")) {
                String[] range = part.trim().split("-");
                DayOfWeek from = day(range[0]);
                DayOfWeek to = range.length > 1 ? day(range[1]) : from;
                EnumSet<DayOfWeek> set = from.compareTo(to) <= 0 ? EnumSet.range(from, to) : EnumSet.noneOf(DayOfWeek.class);
                days.addAll(set);
            }
        } catch (IllegalArgumentException e) {
            problem(file, h.line, "days are MON, TUE, WED, THU, FRI, SAT, SUN, ranges like MON-FRI, or lists like MON,THU");
        }
        return days;
    }

    private static DayOfWeek day(String s) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(s.trim().toUpperCase(Locale.ROOT)) && s.trim().length() == 3) {
                return d;
            }
        }
        throw new IllegalArgumentException(s);
    }

    // ---- topics ----

    private TopicText topic(Path file, String id, String lang) {
        String text;
        try {
            String changed = changes.get(name(file));
            text = changed != null ? changed : StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problem(file, 0, "not UTF-8: save the file as UTF-8");
            return null;
        } catch (IOException e) {
            problem(file, 0, "cannot read: " + e.getMessage());
            return null;
        }
        text = text.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("---\n")) {
            problem(file, 1, "a topic file starts with front matter: a line '---', the fields, and another '---'");
            return null;
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            problem(file, 1, "the front matter is not closed: add a line '---' after the fields");
            return null;
        }
        String yaml = text.substring(4, end + 1);
        String body = end + 5 <= text.length() ? text.substring(end + 5) : "";
        int bodyLine = (int) yaml.chars().filter(c -> c == '\n').count() + 3;
        int before = problems.size();
        YamlNode fm;
        try {
            fm = YamlNode.parse(new StringReader(yaml), 1);
        } catch (YamlNode.YamlError e) {
            problem(file, e.line, e.getMessage());
            return null;
        }
        if (!fm.isMap()) {
            problem(file, 2, "the front matter must be 'key: value' lines");
            return null;
        }
        unknownKeys(file, fm, TOPIC_KEYS);
        String title = string(file, fm, "title", true);
        String summary = string(file, fm, "summary", true);
        List<String> audiences = strings(file, fm, "audiences");
        if (audiences.isEmpty()) {
            problem(file, fm.line, "'audiences' is required: a list from " + AUDIENCES);
        }
        for (String a : audiences) {
            if (!AUDIENCES.contains(a)) {
                problem(file, fm.map().get("audiences").line, "unknown audience '" + a + "': audiences are " + AUDIENCES);
            }
        }
        Integer version = integer(file, fm, "version");
        Integer sourceVersion = integer(file, fm, "sourceVersion");
        String tr = string(file, fm, "translation", true);
        Translation translation = tr == null ? null : Translation.parse(tr);
        if (tr != null && translation == null) {
            problem(file, fm.map().get("translation").line,
                    "translation is 'original', 'machine-drafted' or 'reviewed', not '" + tr + "'");
        }
        LocalDate verified = date(file, fm, "verified");
        if (!fm.map().containsKey("sources")) {
            problem(file, fm.line, "'sources' is required: where the facts in this text come from");
        }
        List<String> sources = strings(file, fm, "sources");
        List<String> keywords = strings(file, fm, "keywords");
        if (body.isBlank()) {
            problem(file, bodyLine, "the text is empty");
        }
        if (problems.size() > before) {
            return null;
        }
        return new TopicText(id, lang, title, summary, audiences, version, sourceVersion, translation, verified,
                sources, keywords, body, name(file), bodyLine);
    }

    // ---- field helpers: each reports what it cannot use ----

    private YamlNode read(Path file) {
        String changed = changes.get(name(file));
        if (changed != null) {
            try {
                return YamlNode.parse(new StringReader(changed), 0);
            } catch (YamlNode.YamlError e) {
                problem(file, e.line, e.getMessage());
                return null;
            }
        }
        if (!Files.isRegularFile(file)) {
            problem(file, 0, "missing");
            return null;
        }
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return YamlNode.parse(reader, 0);
        } catch (YamlNode.YamlError e) {
            problem(file, e.line, e.getMessage());
        } catch (IOException e) {
            problem(file, 0, "cannot read (is it UTF-8?): " + e.getMessage());
        }
        return null;
    }

    private String string(Path file, YamlNode n, String key, boolean required) {
        YamlNode v = n.map().get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problem(file, n.line, "'" + key + "' is required");
            }
            return null;
        }
        if (!v.isScalar() || v.text().isBlank()) {
            problem(file, v.line, "'" + key + "' must be a single text value");
            return null;
        }
        return v.text().strip();
    }

    private List<String> strings(Path file, YamlNode n, String key) {
        YamlNode v = n.map().get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isList()) {
            problem(file, v.line, "'" + key + "' must be a list, e.g. [a, b]");
            return out;
        }
        for (YamlNode item : v.list()) {
            if (item.isScalar() && !item.text().isBlank()) {
                out.add(item.text().strip());
            } else {
                problem(file, item.line, "'" + key + "' must list plain texts");
            }
        }
        return out;
    }

    private Map<String, String> perLanguage(Path file, YamlNode n, String key, Set<String> codes) {
        Map<String, String> out = new LinkedHashMap<>();
        YamlNode v = n.map().get(key);
        if (v == null) {
            return out;
        }
        if (!v.isMap()) {
            problem(file, v.line, "'" + key + "' must map language codes to texts, e.g. {nb: ..., en: ...}");
            return out;
        }
        v.map().forEach((lang, text) -> {
            if (!codes.contains(lang)) {
                problem(file, text.line, "'" + lang + "' is not a language in languages.yaml: " + codes);
            } else if (text.isScalar() && !text.text().isBlank()) {
                out.put(lang, text.text().strip());
            } else {
                problem(file, text.line, "'" + key + "." + lang + "' must be a text");
            }
        });
        return out;
    }

    private Integer integer(Path file, YamlNode n, String key) {
        String s = string(file, n, key, false);
        if (s == null) {
            return null;
        }
        if (!s.matches("[1-9][0-9]{0,5}")) {
            problem(file, n.map().get(key).line, "'" + key + "' must be a whole number from 1 up");
            return null;
        }
        return Integer.valueOf(s);
    }

    private Boolean bool(Path file, YamlNode n, String key) {
        String s = string(file, n, key, false);
        if (s == null) {
            return null;
        }
        if (!s.equals("true") && !s.equals("false")) {
            problem(file, n.map().get(key).line, "'" + key + "' must be true or false (leave it out if unknown)");
            return null;
        }
        return Boolean.valueOf(s);
    }

    private LocalDate date(Path file, YamlNode n, String key) {
        String s = string(file, n, key, true);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(file, n.map().get(key).line, "'" + key + "' must be a date written 2026-11-28, not '" + s + "'");
            return null;
        }
    }

    private void unknownKeys(Path file, YamlNode n, Set<String> allowed) {
        for (Map.Entry<String, YamlNode> e : n.map().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problem(file, e.getValue().line, "unknown key '" + e.getKey() + "': allowed keys are " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static String orElse(String s, String fallback) {
        return s == null ? fallback : s;
    }

    private String name(Path file) {
        try {
            return root.relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }

    private void problem(Path file, int line, String message) {
        problems.add(new ContentProblem(name(file), line, message));
    }

    private void problem(String file, int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }
}

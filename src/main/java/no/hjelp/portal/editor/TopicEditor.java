package no.hjelp.portal.editor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.MarkdownRenderer;
import no.hjelp.portal.content.TopicText;
import no.hjelp.portal.content.Translation;

/**
 * The edit page of one topic in one language ({@code /editor/topic.xhtml?topic=&lang=}): the
 * front-matter fields, the body with a preview rendered like the public page, the source text
 * beside a translation with what changed in it since the translation was made, the workflow
 * buttons and the history. The checks are in {@link Workflow}; this bean only carries the form.
 */
@Named("editor.topic")
@ViewScoped
public class TopicEditor extends ItemForm {

    private static final long serialVersionUID = 1L;

    private String topic;
    private String lang;
    private boolean found;
    private String title;
    private String summary;
    private List<String> audiences = new ArrayList<>();
    private String keywords;
    private String sources;
    private String verified;
    private String body;
    private boolean minor;
    private boolean machineDrafted;
    private boolean upToDate;
    private Integer sourceVersion;

    /** Reads the item when the page is opened; an unknown topic or language is a 404. */
    public void load() throws IOException {
        Content c = store.current();
        found = c.isTopic(topic) && c.language(lang).isPresent();
        openOr404(found);
    }

    @Override
    protected void fill(String text) {
        TopicFile f = text == null ? null : TopicFile.parse(text);
        boolean isNew = f == null;
        if (isNew) {
            f = TopicFile.parse(workflow.published(Item.topic(topic, sourceCode())));
        }
        title = isNew ? "" : f.title();
        summary = isNew ? "" : f.summary();
        audiences = new ArrayList<>(f.audiences());
        keywords = isNew ? "" : String.join(", ", f.keywords());
        sources = String.join("\n", f.sources());
        verified = f.verified() == null ? "" : f.verified().toString();
        body = isNew ? "" : f.body();
        machineDrafted = !isNew && "machine-drafted".equals(f.translation());
        sourceVersion = isNew ? sourceVersionNow() : f.sourceVersion();
        upToDate = false;
        minor = false;
        note = "";
    }

    @Override
    public Item item() {
        return Item.topic(topic, lang);
    }

    private String sourceCode() {
        return store.current().sourceLanguage().code();
    }

    public boolean isSource() {
        return sourceCode().equals(lang);
    }

    private Integer sourceVersionNow() {
        return store.current().text(topic, sourceCode()).map(TopicText::version).orElse(null);
    }

    // ---- the text the form stands for ----

    @Override
    protected boolean validFields() {
        boolean ok = true;
        if (title == null || title.isBlank()) {
            Forms.error("edit:title", Forms.text("editor.field.required"));
            ok = false;
        }
        if (summary == null || summary.isBlank()) {
            Forms.error("edit:summary", Forms.text("editor.field.required"));
            ok = false;
        }
        if (audiences == null || audiences.isEmpty()) {
            Forms.error("edit:audiences", Forms.text("editor.field.audiences"));
            ok = false;
        }
        if (TopicFile.lineList(sources).isEmpty()) {
            Forms.error("edit:sources", Forms.text("editor.field.sources"));
            ok = false;
        }
        if (verified != null && !verified.isBlank()) {
            try {
                LocalDate d = LocalDate.parse(verified.strip());
                if (d.isAfter(LocalDate.now())) {
                    Forms.error("edit:verified", Forms.text("editor.field.future"));
                    ok = false;
                }
            } catch (DateTimeParseException e) {
                Forms.error("edit:verified", Forms.text("editor.field.date"));
                ok = false;
            }
        }
        if (body == null || body.isBlank()) {
            Forms.error("edit:body", Forms.text("editor.field.required"));
            ok = false;
        }
        return ok;
    }

    /** The file this form would save: versions follow the rules for source texts and translations. */
    @Override
    protected String text() {
        Integer version = null;
        Integer translatedFrom = null;
        String translation;
        if (isSource()) {
            Integer published = Optional.ofNullable(workflow.published(item())).map(t -> TopicFile.parse(t).version()).orElse(null);
            version = published == null ? 1 : minor ? published : published + 1;
            translation = Translation.ORIGINAL.id();
        } else {
            translatedFrom = upToDate || sourceVersion == null ? sourceVersionNow() : sourceVersion;
            translation = machineDrafted ? Translation.MACHINE_DRAFTED.id() : Translation.REVIEWED.id();
        }
        LocalDate date;
        try {
            date = verified == null || verified.isBlank() ? null : LocalDate.parse(verified.strip());
        } catch (DateTimeParseException e) {
            date = null;
        }
        return new TopicFile(title, summary, audiences, version, translatedFrom, translation, date, TopicFile.lineList(sources),
                TopicFile.commaList(keywords), body).text();
    }

    @Override
    protected boolean minor() {
        return minor && isSource();
    }

    // ---- what the page shows ----

    public String getPreviewHtml() {
        if (!ready()) {
            return "";
        }
        Content c = store.current();
        Language l = c.language(lang).orElse(c.sourceLanguage());
        TopicText t = new TopicText(topic, lang, title, summary, audiences, null, null, Translation.ORIGINAL, null, List.of(),
                List.of(), body == null ? "" : body, item().file(), 1);
        try {
            return new MarkdownRenderer().html(t, l, c);
        } catch (RuntimeException e) {
            return "";
        }
    }

    public Language getLanguage() {
        return store.current().language(lang).orElse(null);
    }

    public String getTopicTitle() {
        return store.current().text(topic, sourceCode()).map(TopicText::title).orElse(topic);
    }






    /** The source text now (for translations). */
    public TopicText getSourceText() {
        return isSource() || !ready() ? null : store.current().text(topic, sourceCode()).orElse(null);
    }

    public Integer getSourceVersionNow() {
        return sourceVersionNow();
    }

    public Integer getSourceVersion() {
        return sourceVersion;
    }

    /** True when the source has a newer version than this translation was made from. */
    public boolean isOutdated() {
        Integer now = sourceVersionNow();
        return ready() && !isSource() && now != null && sourceVersion != null && now > sourceVersion;
    }

    /**
     * What changed in the source since the version this translation was made from: the source's
     * history is searched for the newest published revision with that version. Null when that
     * version was published before editing began here (then only the current source is shown).
     */
    public List<LineDiff.Line> getSourceDiff() {
        if (!isOutdated()) {
            return null;
        }
        Item src = Item.topic(topic, sourceCode());
        String old = null;
        for (Revision r : workflow.history(src)) {
            if (r.status() == Revision.Status.PUBLISHED && sourceVersion.equals(TopicFile.parse(r.text()).version())) {
                old = r.text();
            }
        }
        return old == null ? null : LineDiff.of(old, workflow.published(src));
    }


    public List<String> getAllAudiences() {
        return List.of("everyone", "victims", "professionals", "migrants", "marriage-migrants", "visa-applicants", "children",
                "buyers", "people-in-prostitution");
    }



    // ---- form properties ----

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }





    public boolean isFound() {
        return found;
    }


    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<String> audiences) {
        this.audiences = audiences;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }

    public String getVerified() {
        return verified;
    }

    public void setVerified(String verified) {
        this.verified = verified;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }



    public boolean isMinor() {
        return minor;
    }

    public void setMinor(boolean minor) {
        this.minor = minor;
    }

    public boolean isMachineDrafted() {
        return machineDrafted;
    }

    public void setMachineDrafted(boolean machineDrafted) {
        this.machineDrafted = machineDrafted;
    }

    public boolean isUpToDate() {
        return upToDate;
    }

    public void setUpToDate(boolean upToDate) {
        this.upToDate = upToDate;
    }
}

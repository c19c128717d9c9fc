package no.hjelp.portal.editor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.hjelp.portal.content.internal.ContentLoader;
import no.hjelp.portal.editor.internal.Yaml1;

/**
 * A fact as a form ({@code /editor/fact.xhtml?id=}): a duration (P6M) or a number, texts for
 * languages where ICU's own wording is thin, the source and the date it was last checked.
 * Changing a fact never makes a translation outdated.
 */
@Named("editor.fact")
@ViewScoped
public class FactEditor extends ItemForm {

    private static final long serialVersionUID = 1L;

    private String id;
    private boolean found;
    private String value;
    private String verified;
    private String source;
    private List<LangText> overrides = new ArrayList<>();

    public void load() throws IOException {
        found = id != null && store.current().fact(id).isPresent();
        openOr404(found);
    }

    @Override
    protected Item item() {
        return Item.fact(id);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void fill(String text) {
        Map<String, Object> m = Map.of();
        if (text != null && Yaml1.load(text) instanceof Map<?, ?> root && root.get(id) instanceof Map<?, ?> fact) {
            m = (Map<String, Object>) fact;
        }
        value = m.containsKey("duration") ? Yaml1.string(m.get("duration")) : Yaml1.string(m.get("number"));
        verified = m.get("verified") == null ? "" : String.valueOf(Yaml1.date(m.get("verified")));
        source = Yaml1.string(m.get("source"));
        overrides = perLanguage(m.get("override"));
    }

    @Override
    protected boolean validFields() {
        boolean ok = true;
        String v = value == null ? "" : value.strip();
        if (!ContentLoader.DURATION.matcher(v).matches() && !v.matches("\\d{1,9}")) {
            Forms.error("edit:value", Forms.text("editor.fact.valueFormat"));
            ok = false;
        }
        ok &= ContactEditor.validDate(verified, "edit:verified");
        if (source == null || source.isBlank()) {
            Forms.error("edit:source", Forms.text("editor.field.required"));
            ok = false;
        }
        return ok;
    }

    @Override
    protected String text() {
        String v = value == null ? "" : value.strip();
        StringBuilder b = new StringBuilder(id).append(":\n");
        b.append(v.startsWith("P") ? "  duration: " : "  number: ").append(v).append('\n');
        if (overrides.stream().anyMatch(t -> !t.isBlank())) {
            b.append("  override: {").append(flow(overrides)).append("}\n");
        }
        b.append("  verified: ").append(verified == null ? "" : verified.strip()).append('\n');
        b.append("  source: ").append(Yaml1.quote(source)).append('\n');
        return b.toString();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getVerified() {
        return verified;
    }

    public void setVerified(String verified) {
        this.verified = verified;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public List<LangText> getOverrides() {
        return overrides;
    }
}

package no.hjelp.portal.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import no.hjelp.portal.i18n.Messages;

/** The editors' UI strings for Facelets, {@code #{emsg['editor.title']}}, from i18n/editor/nb.properties. */
@Named("emsg")
@ApplicationScoped
public class EditorMessages extends AbstractMap<String, String> {

    @Override
    public String get(Object key) {
        return Messages.get("editor/" + EditorLanguage.CODE, EditorLanguage.CODE).text(String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return Set.of();
    }
}

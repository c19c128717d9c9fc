package no.hjelp.portal.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import no.hjelp.portal.i18n.Messages;
import no.hjelp.portal.i18n.MessagesMap;

/** The editors' UI strings for Facelets, {@code #{emsg['editor.title']}}, from i18n/editor/nb.properties. */
@Named("emsg")
@ApplicationScoped
public class EditorMessages extends MessagesMap {

    /** The editors' strings (i18n/editor/nb.properties). */
    public static Messages strings() {
        return Messages.get("editor/" + EditorLanguage.CODE, EditorLanguage.CODE);
    }

    @Override
    protected Messages messages() {
        return strings();
    }
}

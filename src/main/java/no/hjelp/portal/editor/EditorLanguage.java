package no.hjelp.portal.editor;

/** The language of the editors' area: the editors work in Norwegian (strings in i18n/nb.properties). */
public final class EditorLanguage {

    public static final String CODE = "nb";

    private EditorLanguage() {
    }
}

package no.hjelp.portal.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may edit, publish and manage accounts: the server-side rules behind every workflow action. */
class PermissionsTest {

    static final String SOURCE = "nb";

    static final Editor TRANSLATOR = new Editor("tr", Set.of("translator"), List.of("th"));
    static final Editor TRANSLATOR_WITH_NB = new Editor("tr2", Set.of("translator"), List.of("th", "nb"));
    static final Editor EDITOR = new Editor("ed", Set.of("editor"), List.of());
    static final Editor PUBLISHER = new Editor("pub", Set.of("publisher"), List.of());
    static final Editor ADMIN = new Editor("adm", Set.of("admin"), List.of());
    static final Editor ALL = new Editor("all", Set.of("translator", "editor", "publisher", "admin"), List.of());

    @Test
    void aTranslatorEditsTopicsInTheirLanguagesOnly() {
        assertTrue(Permissions.canEdit(TRANSLATOR, Item.topic("legal-aid", "th"), SOURCE));
        assertFalse(Permissions.canEdit(TRANSLATOR, Item.topic("legal-aid", "en"), SOURCE));
        assertFalse(Permissions.canEdit(TRANSLATOR, Item.topic("legal-aid", "nb"), SOURCE));
    }

    @Test
    void aTranslatorNeverEditsTheSourceLanguageEvenIfAssigned() {
        assertTrue(Permissions.canEdit(TRANSLATOR_WITH_NB, Item.topic("legal-aid", "th"), SOURCE));
        assertFalse(Permissions.canEdit(TRANSLATOR_WITH_NB, Item.topic("legal-aid", "nb"), SOURCE));
        // the source language comes from the content, not a constant
        assertTrue(Permissions.canEdit(TRANSLATOR_WITH_NB, Item.topic("legal-aid", "nb"), "en"));
    }

    @Test
    void aTranslatorEditsNoContactsOrFacts() {
        Editor translatorOfEverything = new Editor("tr3", Set.of("translator"), List.of("th", "en", "nb"));
        assertFalse(Permissions.canEdit(translatorOfEverything, Item.contact("rosa"), SOURCE));
        assertFalse(Permissions.canEdit(translatorOfEverything, Item.fact("reflection-period"), SOURCE));
    }

    @Test
    void anEditorEditsEverything() {
        assertTrue(Permissions.canEdit(EDITOR, Item.topic("legal-aid", "nb"), SOURCE));
        assertTrue(Permissions.canEdit(EDITOR, Item.topic("legal-aid", "en"), SOURCE));
        assertTrue(Permissions.canEdit(EDITOR, Item.topic("legal-aid", "th"), SOURCE));
        assertTrue(Permissions.canEdit(EDITOR, Item.contact("rosa"), SOURCE));
        assertTrue(Permissions.canEdit(EDITOR, Item.fact("reflection-period"), SOURCE));
    }

    @Test
    void publishersAndAdminsDoNotEditByThatRole() {
        assertFalse(Permissions.canEdit(PUBLISHER, Item.topic("legal-aid", "th"), SOURCE));
        assertFalse(Permissions.canEdit(PUBLISHER, Item.contact("rosa"), SOURCE));
        assertFalse(Permissions.canEdit(ADMIN, Item.topic("legal-aid", "th"), SOURCE));
        assertFalse(Permissions.canEdit(new Editor("none", Set.of(), List.of("th")), Item.topic("legal-aid", "th"), SOURCE));
    }

    @Test
    void onlyAPublisherPublishes() {
        assertTrue(Permissions.canPublish(PUBLISHER));
        assertTrue(Permissions.canPublish(ALL));
        assertFalse(Permissions.canPublish(EDITOR));
        assertFalse(Permissions.canPublish(TRANSLATOR));
        assertFalse(Permissions.canPublish(ADMIN));
    }

    @Test
    void onlyAnAdminManagesAccounts() {
        assertTrue(Permissions.canManageAccounts(ADMIN));
        assertTrue(Permissions.canManageAccounts(ALL));
        assertFalse(Permissions.canManageAccounts(EDITOR));
        assertFalse(Permissions.canManageAccounts(PUBLISHER));
        assertFalse(Permissions.canManageAccounts(TRANSLATOR));
    }

    @Test
    void nobodySignedInMayDoNothing() {
        assertFalse(Permissions.canEdit(null, Item.topic("legal-aid", "th"), SOURCE));
        assertFalse(Permissions.canEdit(null, Item.contact("rosa"), SOURCE));
        assertFalse(Permissions.canPublish(null));
        assertFalse(Permissions.canManageAccounts(null));
    }
}

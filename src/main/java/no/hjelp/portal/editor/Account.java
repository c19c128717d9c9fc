package no.hjelp.portal.editor;

import java.util.List;

/**
 * Someone who may sign in to the editors' area.
 *
 * @param roles     translator, editor, publisher, admin
 * @param languages for translators: the languages they may edit
 * @param password  the PBKDF2 hash, never the password
 */
public record Account(String name, List<String> roles, List<String> languages, String password) {

    /** The roles, in the order they grant more. */
    public static final List<String> ROLES = List.of("translator", "editor", "publisher", "admin");
}

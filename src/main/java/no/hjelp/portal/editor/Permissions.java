package no.hjelp.portal.editor;

/**
 * Who may do what, checked by {@link Workflow} on every action (buttons are only hidden for comfort).
 * <ul>
 * <li>translator: edits and submits topics in the languages assigned to them, never the source language</li>
 * <li>editor: edits and submits any topic, contacts and facts</li>
 * <li>publisher: publishes, unpublishes and sends back texts in review</li>
 * <li>admin: accounts and roles</li>
 * </ul>
 */
public final class Permissions {

    private Permissions() {
    }

    public static boolean canEdit(Editor e, Item item, String sourceLanguage) {
        if (e == null) {
            return false;
        }
        if (e.has("editor")) {
            return true;
        }
        return item.kind() == Item.Kind.TOPIC && e.has("translator") && !item.lang().equals(sourceLanguage)
                && e.languages().contains(item.lang());
    }

    public static boolean canPublish(Editor e) {
        return e != null && e.has("publisher");
    }

    public static boolean canManageAccounts(Editor e) {
        return e != null && e.has("admin");
    }
}

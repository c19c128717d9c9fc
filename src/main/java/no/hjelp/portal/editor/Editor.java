package no.hjelp.portal.editor;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** The person signed in to the editors' area, with what the accounts file grants them. */
public record Editor(String name, Set<String> roles, List<String> languages) implements Serializable {

    public boolean has(String role) {
        return roles.contains(role);
    }
}

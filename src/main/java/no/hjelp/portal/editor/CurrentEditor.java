package no.hjelp.portal.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import no.hjelp.portal.editor.internal.Accounts;
import no.hjelp.portal.editor.internal.SignedIn;

/**
 * Who is signed in, with the roles and languages the accounts file grants now (a role taken away
 * counts from the next request, not the next sign-in).
 */
@Named("editor.me")
@RequestScoped
public class CurrentEditor {

    @Inject
    HttpServletRequest request;

    @Inject
    Accounts accounts;

    private Editor editor;

    public Editor get() {
        if (editor == null) {
            String name = SignedIn.account(request).orElse(null);
            editor = name == null ? new Editor("", Set.of(), List.of())
                    : accounts.find(name).map(a -> new Editor(a.name(), Set.copyOf(a.roles()), List.copyOf(a.languages())))
                            .orElse(new Editor(name, Set.of(), List.of()));
        }
        return editor;
    }

    public String getName() {
        return get().name();
    }

    public boolean isPublisher() {
        return Permissions.canPublish(get());
    }

    public boolean isAdmin() {
        return Permissions.canManageAccounts(get());
    }

    public boolean isEditor() {
        return get().has("editor");
    }
}

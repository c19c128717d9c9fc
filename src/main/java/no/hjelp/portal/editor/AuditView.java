package no.hjelp.portal.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.hjelp.portal.editor.internal.AuditLog;

/** The newest lines of the audit log, for administrators. */
@Named("editor.audit")
@RequestScoped
public class AuditView {

    @Inject
    AuditLog audit;

    @Inject
    CurrentEditor me;

    public List<String[]> getLines() {
        return Permissions.canManageAccounts(me.get()) ? audit.last(300) : List.of();
    }
}

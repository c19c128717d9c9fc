package no.hjelp.portal.editor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.hjelp.portal.content.ContentStore;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.editor.internal.Accounts;
import no.hjelp.portal.editor.internal.AuditLog;

/**
 * Accounts and roles ({@code /editor/accounts.xhtml}), for administrators only: every action checks
 * the role again. Creating an account or changing one is written to the audit log; the last
 * administrator cannot take away their own role.
 */
@Named("editor.accounts")
@ViewScoped
public class AccountsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9._-]{2,40}");

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    CurrentEditor me;

    @Inject
    ContentStore store;

    private String name;
    private String password;
    private List<String> roles = new ArrayList<>();
    private List<String> languages = new ArrayList<>();

    public List<Account> getAll() {
        return Permissions.canManageAccounts(me.get()) ? accounts.all() : List.of();
    }

    public List<String> getAllRoles() {
        return Account.ROLES;
    }

    public List<Language> getAllLanguages() {
        return store.current().languages();
    }

    /** Opens an account in the form, to change its roles, languages or password. */
    public void edit(String account) {
        accounts.find(account).ifPresent(a -> {
            name = a.name();
            roles = new ArrayList<>(a.roles());
            languages = new ArrayList<>(a.languages());
            password = null;
        });
    }

    /** Creates the account, or changes the one with this name (the password only if one is typed). */
    public void save() {
        Editor who = me.get();
        if (!Permissions.canManageAccounts(who)) {
            Forms.error(null, Forms.text("editor.denied"));
            return;
        }
        boolean ok = true;
        if (name == null || !NAME.matcher(name).matches()) {
            Forms.error("accounts:name", Forms.text("editor.accounts.nameFormat"));
            ok = false;
        }
        Account existing = name == null ? null : accounts.find(name).orElse(null);
        boolean newPassword = password != null && !password.isEmpty();
        if ((existing == null || newPassword) && (password == null || password.length() < 12)) {
            Forms.error("accounts:password", Forms.text("editor.accounts.passwordLength"));
            ok = false;
        }
        if (roles.isEmpty()) {
            Forms.error("accounts:roles", Forms.text("editor.accounts.roleNeeded"));
            ok = false;
        }
        if (roles.contains("translator") && !roles.contains("editor") && languages.isEmpty()) {
            Forms.error("accounts:languages", Forms.text("editor.accounts.languagesNeeded"));
            ok = false;
        }
        if (existing != null && existing.roles().contains("admin") && !roles.contains("admin")
                && accounts.all().stream().filter(a -> a.roles().contains("admin")).count() == 1) {
            Forms.error("accounts:roles", Forms.text("editor.accounts.lastAdmin"));
            ok = false;
        }
        if (!ok) {
            return;
        }
        String hash = newPassword ? accounts.hash(password.toCharArray()) : existing.password();
        accounts.save(new Account(name, List.copyOf(roles), List.copyOf(languages), hash));
        audit.record(who.name(), existing == null ? "create account" : "change account",
                name + " roles=" + roles + " languages=" + languages + (newPassword ? " new password" : ""));
        Forms.info(Forms.format("editor.accounts.saved", Map.of("name", name)));
        password = null;
    }

    public void clear() {
        name = null;
        password = null;
        roles = new ArrayList<>();
        languages = new ArrayList<>();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }
}

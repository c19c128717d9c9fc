package no.hjelp.portal.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import no.hjelp.portal.editor.internal.SignInCheck;
import no.hjelp.portal.editor.internal.SignedIn;

/** The editors' sign-in; {@link SignInCheck} does the checking (signing out: {@code SignOutServlet}). */
@Named("editor.signIn")
@RequestScoped
public class SignIn {

    @Inject
    SignInCheck check;

    private String name;
    private String password;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        String who = name == null ? "" : name.strip();
        Optional<Account> account = check.passes(who, password == null ? new char[0] : password.toCharArray());
        password = null;
        if (account.isPresent()) {
            SignedIn.begin((HttpServletRequest) ext.getRequest(), account.get());
            ext.redirect(ext.getRequestContextPath() + "/editor/index.xhtml");
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    EditorMessages.strings().text("editor.signIn.failed"), null));
        }
    }
}

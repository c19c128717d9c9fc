package no.hjelp.portal.editor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import no.hjelp.portal.editor.Account;
import no.hjelp.portal.editor.internal.EditorsAreaGate.Way;
import org.junit.jupiter.api.Test;

class EditorsAreaGateTest {

    @Test
    void everyAddressInTheEditorsAreaButTheSignInPageRequiresASignIn() {
        for (String path : List.of("/editor", "/editor/", "/editor/index.xhtml", "/editor/accounts.xhtml",
                "/editor/login.xhtml/x", "/editor/sub/login.xhtml", "/editor/jakarta.faces.resource/x.js")) {
            assertEquals(Way.SIGN_IN_REQUIRED, EditorsAreaGate.way(path, false), path);
            assertEquals(Way.SIGN_IN_REQUIRED, EditorsAreaGate.way(path, true), path);
        }
    }

    @Test
    void theSignInPageGoesToJakartaSecurityAsTheContainerAsked() {
        assertEquals(Way.SOTERIA, EditorsAreaGate.way("/editor/login.xhtml", false));
        assertEquals(Way.SOTERIA, EditorsAreaGate.way("/editor/login.xhtml", true));
    }

    @Test
    void publicAddressesPassWithoutACallerUnlessSomeoneAskedToAuthenticate() {
        for (String path : List.of("", "/", "/nb/health-care-rights", "/editors", "/editorx/index.xhtml", "/static/portal.css",
                "/jakarta.faces.resource/theme.css.xhtml", "/api/v1/topics", "/nb/editor")) {
            assertEquals(Way.PASS, EditorsAreaGate.way(path, false), path);
            assertEquals(Way.SOTERIA, EditorsAreaGate.way(path, true), path + " after request.authenticate()");
        }
    }

    @Test
    void onlyACallerWhoseAccountHasARoleNowIsAdmitted() {
        Principal eddie = () -> "eddie";
        Account editor = new Account("eddie", List.of("editor"), List.of(), "hash");
        assertTrue(EditorsAreaFilter.admitted(eddie, Optional.of(editor)));
        assertFalse(EditorsAreaFilter.admitted(null, Optional.of(editor)), "not signed in");
        assertFalse(EditorsAreaFilter.admitted(eddie, Optional.empty()), "taken out of the accounts file");
        assertFalse(EditorsAreaFilter.admitted(eddie, Optional.of(new Account("eddie", List.of(), List.of(), "hash"))), "no role left");
        assertFalse(EditorsAreaFilter.admitted(eddie, Optional.of(new Account("eddie", List.of("reviewer"), List.of(), "hash"))),
                "a role the portal does not know");
    }
}

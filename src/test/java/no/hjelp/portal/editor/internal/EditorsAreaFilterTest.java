package no.hjelp.portal.editor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.hjelp.portal.editor.Account;
import no.hjelp.portal.editor.internal.EditorsAreaFilter.Way;
import org.junit.jupiter.api.Test;

class EditorsAreaFilterTest {

    private static final Account EDDIE = new Account("eddie", List.of("editor"), List.of(), "hash");
    private static final Function<String, Optional<Account>> FILE = name -> name.equals("eddie") ? Optional.of(EDDIE) : Optional.empty();

    @Test
    void everyAddressInTheAreaButTheSignInPageAsksForASignIn() {
        for (String path : List.of("/editor", "/editor/", "/editor/index.xhtml", "/editor/accounts.xhtml",
                "/editor/login.xhtml/x", "/editor/sub/login.xhtml", "/editor/jakarta.faces.resource/x.js")) {
            assertEquals(Way.SIGN_IN, EditorsAreaFilter.way(path, Optional.empty(), FILE), path);
            assertEquals(Way.ADMIT, EditorsAreaFilter.way(path, Optional.of(SignedIn.Who.of(EDDIE)), FILE), path);
        }
        assertEquals(Way.OPEN, EditorsAreaFilter.way("/editor/login.xhtml", Optional.empty(), FILE));
        assertEquals(Way.OPEN, EditorsAreaFilter.way("/editor/sign-out", Optional.empty(), FILE), "signing out only ends a session");
    }

    @Test
    void aNewPasswordEndsEveryOlderSignIn() {
        Optional<SignedIn.Who> signedIn = Optional.of(SignedIn.Who.of(EDDIE));
        Account reset = new Account("eddie", List.of("editor"), List.of(), "another hash");
        assertEquals(Way.SIGN_IN, EditorsAreaFilter.way("/editor/items.xhtml", signedIn, n -> Optional.of(reset)));
        assertFalse(signedIn.get().secret().contains("hash"), "the session keeps a fingerprint, never the hash");
    }

    @Test
    void onlyAnAccountWithARoleNowIsAdmitted() {
        String page = "/editor/items.xhtml";
        assertEquals(Way.REFUSE, EditorsAreaFilter.way(page, Optional.of(new SignedIn.Who("rolf", "x")), FILE), "taken out of the accounts file");
        assertEquals(Way.REFUSE, EditorsAreaFilter.way(page, Optional.of(SignedIn.Who.of(EDDIE)),
                n -> Optional.of(new Account("eddie", List.of(), List.of(), "hash"))), "no role left");
        assertEquals(Way.REFUSE, EditorsAreaFilter.way(page, Optional.of(SignedIn.Who.of(EDDIE)),
                n -> Optional.of(new Account("eddie", List.of("reviewer"), List.of(), "hash"))), "a role the portal does not know");
        assertTrue(EditorsAreaFilter.hasRole(Optional.of(EDDIE)));
        assertFalse(EditorsAreaFilter.hasRole(Optional.empty()));
    }

    @Test
    void aPageAskedForWithoutASignInRedirectsToTheSignInPage() throws Exception {
        Fake f = new Fake("GET", "/editor/index.xhtml", null);
        new EditorsAreaFilter().doFilter(f.request(), f.response(), (rq, rs) -> f.calls.add("chain"));
        assertEquals(List.of("sendRedirect /portal/editor/login.xhtml"), f.calls);
    }

    @Test
    void aFormSentWithoutASignInGets403SoTheErrorPageCanShowWhatWasTyped() throws Exception {
        Fake f = new Fake("POST", "/editor/topic.xhtml", null);
        new EditorsAreaFilter().doFilter(f.request(), f.response(), (rq, rs) -> f.calls.add("chain"));
        assertEquals(List.of("sendError 403"), f.calls);
    }

    @Test
    void anAjaxRequestWithoutASignInGetsTheRedirectFacesUnderstands() throws Exception {
        Fake f = new Fake("POST", "/editor/topic.xhtml", null);
        f.headers.put("Faces-Request", "partial/ajax");
        new EditorsAreaFilter().doFilter(f.request(), f.response(), (rq, rs) -> f.calls.add("chain"));
        assertEquals(List.of("setContentType text/xml"), f.calls.subList(0, 1));
        assertTrue(f.body().contains("<redirect url=\"/portal/editor/login.xhtml\"/>"), f.body());
    }

    @Test
    void theSignInPageIsOpen() throws Exception {
        Fake f = new Fake("POST", "/editor/login.xhtml", null);
        new EditorsAreaFilter().doFilter(f.request(), f.response(), (rq, rs) -> f.calls.add("chain"));
        assertEquals(List.of("chain"), f.calls);
    }

    @Test
    void signingInChangesTheSessionIdAndKeepsTheNameWithAFingerprint() {
        Fake f = new Fake("POST", "/editor/login.xhtml", null);
        SignedIn.begin(f.request(), EDDIE);
        assertEquals(List.of("getSession true", "changeSessionId"), f.calls.subList(0, 2));
        assertEquals(SignedIn.Who.of(EDDIE), f.session.get(SignedIn.ATTRIBUTE));
        assertEquals(Optional.of("eddie"), SignedIn.account(f.request()));
        SignedIn.end(f.request());
        assertTrue(f.calls.contains("invalidate"));
        assertEquals(Optional.empty(), SignedIn.account(new Fake("GET", "/editor/", null).request()), "no session, nobody");
    }

    /** A request and a response that record what is done to them. */
    private static final class Fake {
        final String method;
        final String path;
        Map<String, Object> session;
        final Map<String, String> headers = new HashMap<>();
        final List<String> calls = new ArrayList<>();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Fake(String method, String path, Map<String, Object> session) {
            this.method = method;
            this.path = path;
            this.session = session;
        }

        String body() {
            return out.toString(StandardCharsets.UTF_8);
        }

        HttpSession httpSession() {
            return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class}, (p, m, a) -> switch (m.getName()) {
                case "getAttribute" -> session.get((String) a[0]);
                case "setAttribute" -> session.put((String) a[0], a[1]);
                case "invalidate" -> {
                    calls.add("invalidate");
                    session = null;
                    yield null;
                }
                default -> null;
            });
        }

        HttpServletRequest request() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                case "getMethod" -> method;
                case "getServletPath" -> path;
                case "getPathInfo" -> null;
                case "getContextPath" -> "/portal";
                case "getHeader" -> headers.get((String) a[0]);
                case "getSession" -> {
                    boolean create = a == null || (Boolean) a[0];
                    if (create) {
                        // recorded only when a session may be made: the filter must never make one
                        calls.add("getSession " + create);
                    }
                    if (session == null && create) {
                        session = new HashMap<>();
                    }
                    yield session == null ? null : httpSession();
                }
                case "changeSessionId" -> {
                    calls.add("changeSessionId");
                    yield "new-id";
                }
                default -> null;
            });
        }

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> switch (m.getName()) {
                case "sendRedirect", "sendError", "setContentType" -> {
                    calls.add(m.getName() + " " + a[0]);
                    yield null;
                }
                case "getOutputStream" -> new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        out.write(b);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                    }
                };
                default -> null;
            });
        }
    }
}

package no.hjelp.portal.editor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
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

    /** Stands in for Soteria: counts its calls and names the caller it is told to, or nobody. */
    private static final class FakeSoteria implements AuthConfigProvider {
        final AtomicReference<String> caller = new AtomicReference<>();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler) {
            return null;
        }

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler) {
            return new ServerAuthConfig() {
                @Override
                @SuppressWarnings("rawtypes")
                public ServerAuthContext getAuthContext(String id, Subject service, Map properties) {
                    return new ServerAuthContext() {
                        @Override
                        public AuthStatus validateRequest(MessageInfo m, Subject client, Subject service) {
                            calls.incrementAndGet();
                            String name = caller.get();
                            try {
                                // as Soteria's doNothing(): a callback without a principal
                                handler.handle(new Callback[] {new CallerPrincipalCallback(client, name == null ? null : (Principal) () -> name)});
                            } catch (Exception e) {
                                throw new AssertionError(e);
                            }
                            return AuthStatus.SUCCESS;
                        }

                        @Override
                        public AuthStatus secureResponse(MessageInfo m, Subject service) {
                            return AuthStatus.SEND_SUCCESS;
                        }

                        @Override
                        public void cleanSubject(MessageInfo m, Subject subject) {
                        }
                    };
                }

                @Override
                public String getMessageLayer() {
                    return layer;
                }

                @Override
                public String getAppContext() {
                    return appContext;
                }

                @Override
                public String getAuthContextID(MessageInfo m) {
                    return "id";
                }

                @Override
                public void refresh() {
                }

                @Override
                public boolean isProtected() {
                    return false;
                }
            };
        }

        @Override
        public void refresh() {
        }
    }

    /** A request for this path, and the response, which records where it was sent. */
    private static MessageInfo message(String servletPath, List<String> redirects) {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(loader(HttpServletRequest.class),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getContextPath" -> "";
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(loader(HttpServletResponse.class),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendRedirect")) {
                        redirects.add((String) args[0]);
                    }
                    return null;
                });
        Map<String, Object> map = new HashMap<>();
        return new MessageInfo() {
            @Override
            public Object getRequestMessage() {
                return request;
            }

            @Override
            public Object getResponseMessage() {
                return response;
            }

            @Override
            public void setRequestMessage(Object r) {
            }

            @Override
            public void setResponseMessage(Object r) {
            }

            @Override
            @SuppressWarnings("rawtypes")
            public Map getMap() {
                return map;
            }
        };
    }

    private static ClassLoader loader(Class<?> c) {
        return c.getClassLoader();
    }

    @Test
    void jakartaSecurityNamingNobodyInTheAreaSendsTheRequestToTheSignInPage() throws Exception {
        FakeSoteria soteria = new FakeSoteria();
        // the container's handler: like Payara's, it puts an anonymous principal in the subject when none is named
        CallbackHandler container = callbacks -> {
            for (Callback c : callbacks) {
                if (c instanceof CallerPrincipalCallback cpc) {
                    cpc.getSubject().getPrincipals().add(cpc.getPrincipal() != null ? cpc.getPrincipal() : () -> "ANONYMOUS");
                }
            }
        };
        ServerAuthContext gate = new EditorsAreaGate.Provider(soteria).getServerAuthConfig("HttpServlet", "server ", container)
                .getAuthContext("id", null, Map.of());

        List<String> redirects = new ArrayList<>();
        MessageInfo nobody = message("/editor/items.xhtml", redirects);
        assertEquals(AuthStatus.SEND_CONTINUE, gate.validateRequest(nobody, new Subject(), null));
        assertEquals(List.of("/editor/login.xhtml"), redirects);
        assertEquals("true", nobody.getMap().get(EditorsAreaGate.MANDATORY), "Jakarta Security was told the page is protected");

        soteria.caller.set("eddie");
        redirects.clear();
        assertEquals(AuthStatus.SUCCESS, gate.validateRequest(message("/editor/items.xhtml", redirects), new Subject(), null));
        assertEquals(List.of(), redirects);
        assertEquals(null, EditorsAreaGate.NAMED.get(), "nothing left on the thread for the next request");

        int calls = soteria.calls.get();
        assertEquals(AuthStatus.SUCCESS, gate.validateRequest(message("/nb/health-care-rights", redirects), new Subject(), null));
        assertEquals(calls, soteria.calls.get(), "a public page does not reach Jakarta Security");
        assertEquals(List.of(), redirects);

        soteria.caller.set(null);
        assertEquals(AuthStatus.SUCCESS, gate.validateRequest(message("/editor/login.xhtml", redirects), new Subject(), null));
        assertEquals(calls + 1, soteria.calls.get(), "the sign-in page goes to Jakarta Security, open to everyone");
        assertEquals(List.of(), redirects);
    }
}

package no.hjelp.portal.editor.internal;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import no.hjelp.portal.support.RequestPaths;

/**
 * Sign-in for the editors' area only. Jakarta Security (Soteria) asks its authentication mechanism
 * about every request of the application, public or not, and that costs a public page more than
 * rendering it. This listener puts a gate in front of Soteria's module, at the same place
 * (Jakarta Authentication, before any filter or servlet):
 * <ul>
 * <li>a request outside {@code /editor} that nobody asked to authenticate passes without a caller,
 *     as it did before: public pages have no sign-in and no session;</li>
 * <li>a request inside {@code /editor}, except the sign-in page, goes to Soteria as a protected
 *     request, so its form mechanism sends a reader who is not signed in to the sign-in page;
 *     if it lets the request through without naming a caller all the same, the gate sends it
 *     to the sign-in page;</li>
 * <li>the sign-in page, and every {@code request.authenticate()}, go to Soteria unchanged.</li>
 * </ul>
 * web.xml has no security constraint (a constraint makes the container check permissions on every
 * request of the application); {@link EditorsAreaFilter} checks the account's roles behind the gate.
 * If Soteria registered no module, the portal refuses to start rather than leave the area open.
 */
@WebListener
public class EditorsAreaGate implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(EditorsAreaGate.class.getName());
    static final String LAYER = "HttpServlet";
    static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";
    static final String SIGN_IN_PAGE = "/editor/login.xhtml";

    /** What the gate does with one request. */
    enum Way {
        /** outside the area, no sign-in asked for: no caller, Soteria not asked */
        PASS,
        /** inside the area: Soteria, as a protected request */
        SIGN_IN_REQUIRED,
        /** the sign-in page or an explicit authenticate(): Soteria, as the container asked */
        SOTERIA
    }

    /**
     * @param path      the request's path inside the application, decoded and normalised as the
     *                  container maps it to a servlet (servlet path plus path info)
     * @param mandatory whether the container already asks for a caller (request.authenticate())
     */
    static Way way(String path, boolean mandatory) {
        boolean area = RequestPaths.inEditorsArea(path);
        if (area && !path.equals(SIGN_IN_PAGE)) {
            return Way.SIGN_IN_REQUIRED;
        }
        return area || mandatory ? Way.SOTERIA : Way.PASS;
    }

    /**
     * Set on this thread when Jakarta Security names a caller ({@link CallerPrincipalCallback}
     * with a principal or a name). Its "nobody" (a callback without either) still makes the
     * container put its anonymous principal in the subject, so the subject alone cannot tell.
     */
    static final ThreadLocal<Boolean> NAMED = new ThreadLocal<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        String app = context.getVirtualServerName() + " " + context.getContextPath();
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        AuthConfigProvider soteria = factory.getConfigProvider(LAYER, app, null);
        if (soteria instanceof Provider) {
            return; // already in front
        }
        if (soteria == null) {
            throw new IllegalStateException("Jakarta Security registered no authentication module for '" + app
                    + "': the editors' area would have no sign-in, so the portal does not start."
                    + " Is the @CustomFormAuthenticationMechanismDefinition on AccountIdentityStore still there?");
        }
        factory.registerConfigProvider(new Provider(soteria), LAYER, app, "editors' area only, then Jakarta Security");
        LOG.fine("Sign-in asked for /editor/* only");
    }

    static final class Provider implements AuthConfigProvider {
        private final AuthConfigProvider soteria;

        Provider(AuthConfigProvider soteria) {
            this.soteria = soteria;
        }

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler) throws AuthException {
            return soteria.getClientAuthConfig(layer, appContext, handler);
        }

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler) throws AuthException {
            ServerAuthConfig config = soteria.getServerAuthConfig(layer, appContext, callbacks -> {
                for (Callback c : callbacks) {
                    if (c instanceof CallerPrincipalCallback caller && (caller.getPrincipal() != null || caller.getName() != null)) {
                        NAMED.set(Boolean.TRUE);
                    }
                }
                handler.handle(callbacks);
            });
            return new ServerAuthConfig() {
                @Override
                @SuppressWarnings("rawtypes")
                public ServerAuthContext getAuthContext(String id, Subject service, Map properties) throws AuthException {
                    return new Gate(config.getAuthContext(id, service, properties));
                }

                @Override
                public String getMessageLayer() {
                    return config.getMessageLayer();
                }

                @Override
                public String getAppContext() {
                    return config.getAppContext();
                }

                @Override
                public String getAuthContextID(MessageInfo message) {
                    return config.getAuthContextID(message);
                }

                @Override
                public void refresh() {
                    config.refresh();
                }

                @Override
                public boolean isProtected() {
                    return config.isProtected();
                }
            };
        }

        @Override
        public void refresh() {
            soteria.refresh();
        }
    }

    /** Decides per request; Soteria's context does the rest. */
    static final class Gate implements ServerAuthContext {
        private final ServerAuthContext soteria;

        Gate(ServerAuthContext soteria) {
            this.soteria = soteria;
        }

        private static Way way(MessageInfo message) {
            return EditorsAreaGate.way(RequestPaths.inApp((HttpServletRequest) message.getRequestMessage()),
                    Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY))));
        }

        @Override
        @SuppressWarnings("unchecked")
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
            switch (way(message)) {
                case PASS:
                    return AuthStatus.SUCCESS;
                case SOTERIA:
                    return soteria.validateRequest(message, client, service);
                default:
                    message.getMap().put(MANDATORY, "true");
                    NAMED.remove();
                    AuthStatus status;
                    try {
                        status = soteria.validateRequest(message, client, service);
                        if (status != AuthStatus.SUCCESS || NAMED.get() != null) {
                            return status;
                        }
                    } finally {
                        NAMED.remove();
                    }
                    // Jakarta Security let it through without naming anyone (its sign-in was
                    // begun and not finished in this session, for one): to the sign-in page
                    HttpServletRequest request = (HttpServletRequest) message.getRequestMessage();
                    try {
                        ((HttpServletResponse) message.getResponseMessage()).sendRedirect(request.getContextPath() + SIGN_IN_PAGE);
                    } catch (IOException e) {
                        throw (AuthException) new AuthException("Cannot send " + RequestPaths.inApp(request) + " to the sign-in page").initCause(e);
                    }
                    return AuthStatus.SEND_CONTINUE;
            }
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
            return way(message) == Way.PASS ? AuthStatus.SEND_SUCCESS : soteria.secureResponse(message, service);
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
            soteria.cleanSubject(message, subject);
        }
    }
}

package no.hjelp.portal.editor.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after 5 failed sign-ins for one name, that name is refused for
 * a minute, doubling with each further failure (up to an hour). Counted per name, not per
 * address: the portal keeps no reader's or editor's IP address.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_TRIES = 5;
    /** Past this many names with failures, those that are not waiting are forgotten. */
    static final int MAX_NAMES = 10_000;
    private final Map<String, long[]> failures = new ConcurrentHashMap<>();

    /** True when this name must wait before the next try. */
    public boolean blocked(String name) {
        long[] f = failures.get(name);
        return f != null && f[0] >= FREE_TRIES && System.currentTimeMillis() < f[1];
    }

    public void failed(String name) {
        if (failures.size() >= MAX_NAMES) {
            // made-up names must not fill the memory: forget those whose wait is over
            long now = System.currentTimeMillis();
            failures.values().removeIf(f -> f[1] < now);
        }
        failures.compute(name, (k, f) -> {
            long count = f == null ? 1 : f[0] + 1;
            long wait = count < FREE_TRIES ? 0 : Math.min(3_600_000L, 60_000L << Math.min(6, count - FREE_TRIES));
            return new long[] {count, System.currentTimeMillis() + wait};
        });
    }

    /** How many names are remembered (for the test of the bound). */
    int names() {
        return failures.size();
    }

    public void succeeded(String name) {
        failures.remove(name);
    }
}

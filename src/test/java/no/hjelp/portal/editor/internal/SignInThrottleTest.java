package no.hjelp.portal.editor.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    @Test
    void fiveFailuresBlockTheNameAndSuccessClearsIt() {
        SignInThrottle t = new SignInThrottle();
        for (int i = 0; i < SignInThrottle.FREE_TRIES - 1; i++) {
            t.failed("kari");
            assertFalse(t.blocked("kari"), "try " + (i + 1));
        }
        t.failed("kari");
        assertTrue(t.blocked("kari"), "blocked after " + SignInThrottle.FREE_TRIES + " failures");
        assertFalse(t.blocked("ola"), "other names are not affected");
        t.succeeded("kari");
        assertFalse(t.blocked("kari"));
    }

    @Test
    void madeUpNamesDoNotFillTheMemoryButABlockedNameStaysBlocked() {
        SignInThrottle t = new SignInThrottle();
        for (int i = 0; i < SignInThrottle.FREE_TRIES; i++) {
            t.failed("kari");
        }
        for (int i = 0; i < 3 * SignInThrottle.MAX_NAMES; i++) {
            t.failed("guess-" + i);
        }
        assertTrue(t.names() <= SignInThrottle.MAX_NAMES + 1, "names kept: " + t.names());
        assertTrue(t.blocked("kari"), "a name that must wait is never forgotten early");
    }
}

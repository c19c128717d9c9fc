package no.hjelp.portal.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips browser tests, with a visible reason, when Debian's Chromium and ChromeDriver are not
 * installed. With {@code -Dbrowser.required=true} (CI) the tests run anyway and fail, so a
 * missing browser can never pass CI silently.
 */
public class ChromiumAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed()) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver found");
        }
        if (Boolean.getBoolean("browser.required")) {
            return ConditionEvaluationResult.enabled("browser.required=true: running, and failing, without Chromium");
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: install Debian's chromium and chromium-driver "
                + "(apt-get install chromium chromium-driver fonts-noto-core), or run with -Dbrowser.required=true to fail instead");
    }
}

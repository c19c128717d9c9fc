package no.hjelp.portal.content;

import java.time.LocalDate;
import java.util.Map;

/**
 * A duration or number stored once in {@code content/facts.yaml} and shown in every language,
 * e.g. the reflection period (P6M). Changing a fact never makes a translation outdated.
 *
 * @param amount    the number (6 for P6M)
 * @param unit      the ICU measure unit name for durations ("month", "year", "week", "day", "hour"), or null for a plain number
 * @param overrides per-language text that replaces ICU's where its locale data is thin
 */
public record Fact(String id, long amount, String unit, Map<String, String> overrides, LocalDate verified,
                   String source) {
}

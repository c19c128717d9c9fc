package no.hjelp.portal.editor.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Small YAML helpers for the editors' forms: safe loading, and quoting values the way content files do. */
public final class Yaml1 {

    private Yaml1() {
    }

    /**
     * Loads YAML with every scalar as the text written (as the content loader reads it): YAML 1.1
     * would turn "no" into false and 0113 into 75, and a save would write that back.
     */
    public static Object load(String text) {
        LoaderOptions options = new LoaderOptions();
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                new StringsOnly()).load(text);
    }

    /** A resolver that guesses no types: numbers, booleans and dates stay strings. */
    private static final class StringsOnly extends Resolver {
        @Override
        protected void addImplicitResolvers() {
        }
    }

    public static boolean bool(Object o) {
        return o != null && "true".equals(o.toString());
    }

    /** A double-quoted YAML scalar; control characters other than line breaks are dropped. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s == null ? "" : s.strip()).toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r', '\t' -> b.append(' ');
                default -> {
                    if (!Character.isISOControl(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A flow list of quoted strings: ["a", "b"]. */
    public static String list(List<String> values) {
        List<String> q = new ArrayList<>();
        values.forEach(v -> q.add(quote(v)));
        return "[" + String.join(", ", q) + "]";
    }

    /** A YAML value as a date (SnakeYAML reads 2026-11-28 as a java.util.Date), or null. */
    public static LocalDate date(Object o) {
        if (o instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return o == null ? null : LocalDate.parse(o.toString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    public static String string(Object o) {
        return o == null ? "" : o.toString();
    }

    public static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(v -> out.add(String.valueOf(v)));
        } else if (o != null) {
            out.add(o.toString());
        }
        return out;
    }
}

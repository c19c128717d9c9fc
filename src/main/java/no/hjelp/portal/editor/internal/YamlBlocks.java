package no.hjelp.portal.editor.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One entry of {@code contacts.yaml} ({@code "  - id: <id>"} and its indented lines) or of
 * {@code facts.yaml} ({@code "<id>:"} at the start of a line and its indented lines), found and
 * replaced as text, so that everything else in the file — comments, order, layout — stays as the
 * editors wrote it.
 */
public final class YamlBlocks {

    private YamlBlocks() {
    }

    public static String contact(String file, String id) {
        int[] r = range(lines(file), "  - id: " + id, true);
        return r == null ? null : join(lines(file), r[0], r[1]);
    }

    public static String fact(String file, String id) {
        int[] r = range(lines(file), id + ":", false);
        return r == null ? null : join(lines(file), r[0], r[1]);
    }

    /** The file with the contact's entry replaced by {@code block} (appended if new, removed if null). */
    public static String withContact(String file, String id, String block) {
        return with(file, "  - id: " + id, true, block);
    }

    public static String withFact(String file, String id, String block) {
        return with(file, id + ":", false, block);
    }

    private static String with(String file, String head, boolean listItem, String block) {
        List<String> lines = new ArrayList<>(Arrays.asList(lines(file)));
        int[] r = range(lines.toArray(String[]::new), head, listItem);
        List<String> replacement = block == null ? List.of() : Arrays.asList(lines(block.stripTrailing()));
        if (r == null) {
            if (block == null) {
                return file;
            }
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                lines.remove(lines.size() - 1);
            }
            lines.add("");
            lines.addAll(replacement);
        } else {
            List<String> out = new ArrayList<>(lines.subList(0, r[0]));
            out.addAll(replacement);
            out.addAll(lines.subList(r[1], lines.size()));
            lines = out;
        }
        return String.join("\n", lines).stripTrailing() + "\n";
    }

    /** [first line, end line) of the entry, trailing blank lines and comments not included. */
    private static int[] range(String[] lines, String head, boolean listItem) {
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripTrailing().equals(head)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        int end = start + 1;
        while (end < lines.length) {
            String l = lines[end];
            boolean next = listItem ? l.startsWith("  - ") || (!l.isBlank() && !l.startsWith("    ") && !l.startsWith("  #"))
                    : !l.isBlank() && !l.startsWith(" ");
            if (next) {
                break;
            }
            end++;
        }
        while (end > start + 1 && (lines[end - 1].isBlank() || lines[end - 1].strip().startsWith("#"))) {
            end--;
        }
        return new int[] {start, end};
    }

    private static String[] lines(String s) {
        return s.replace("\r\n", "\n").split("\n", -1);
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", Arrays.asList(lines).subList(from, to)) + "\n";
    }
}

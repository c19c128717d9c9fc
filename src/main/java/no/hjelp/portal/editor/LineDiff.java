package no.hjelp.portal.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What changed between two texts, line by line (longest common subsequence), for the editors' diff views. */
public final class LineDiff {

    /** A line kept, added (+) or removed (−). */
    public record Line(char op, String text) implements Serializable {

        /** The sign shown in the diff's first column. */
        public String sign() {
            return op == '+' ? "+" : op == '-' ? "\u2212" : "";
        }

        public String css() {
            return op == '+' ? "added" : op == '-' ? "removed" : "same";
        }
    }

    private LineDiff() {
    }

    public static List<Line> of(String before, String after) {
        String[] a = split(before);
        String[] b = split(after);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(new Line(' ', a[i]));
        }
        String[] x = Arrays.copyOfRange(a, prefix, a.length - suffix);
        String[] y = Arrays.copyOfRange(b, prefix, b.length - suffix);
        if ((long) x.length * y.length > 4_000_000L) {
            for (String s : x) {
                out.add(new Line('-', s));
            }
            for (String s : y) {
                out.add(new Line('+', s));
            }
        } else {
            int[][] lcs = new int[x.length + 1][y.length + 1];
            for (int i = x.length - 1; i >= 0; i--) {
                for (int j = y.length - 1; j >= 0; j--) {
                    lcs[i][j] = x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < x.length || j < y.length) {
                if (i < x.length && j < y.length && x[i].equals(y[j])) {
                    out.add(new Line(' ', x[i++]));
                    j++;
                } else if (j < y.length && (i == x.length || lcs[i][j + 1] > lcs[i + 1][j])) {
                    out.add(new Line('+', y[j++]));
                } else {
                    out.add(new Line('-', x[i++]));
                }
            }
        }
        for (int i = a.length - suffix; i < a.length; i++) {
            out.add(new Line(' ', a[i]));
        }
        return out;
    }

    /** True when nothing changed. */
    public static boolean same(List<Line> diff) {
        return diff.stream().allMatch(l -> l.op() == ' ');
    }

    private static String[] split(String s) {
        if (s == null || s.isEmpty()) {
            return new String[0];
        }
        return s.replace("\r\n", "\n").split("\n", -1);
    }
}

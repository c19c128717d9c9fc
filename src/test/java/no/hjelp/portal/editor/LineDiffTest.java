package no.hjelp.portal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The line diff of the editors' history and review views. */
class LineDiffTest {

    /** The diff written compactly, one line each: "  same", "- removed", "+ added". */
    private static List<String> render(List<LineDiff.Line> diff) {
        return diff.stream().map(l -> l.op() + " " + l.text()).collect(Collectors.toList());
    }

    /** The old text is the kept and removed lines in order; the new text the kept and added lines. */
    private static void assertReconstructs(String before, String after, List<LineDiff.Line> diff) {
        String old = diff.stream().filter(l -> l.op() != '+').map(LineDiff.Line::text).collect(Collectors.joining("\n"));
        String neu = diff.stream().filter(l -> l.op() != '-').map(LineDiff.Line::text).collect(Collectors.joining("\n"));
        assertEquals(before, old);
        assertEquals(after, neu);
    }

    @Test
    void identicalTextsAreAllKept() {
        String text = "title\n\nfirst paragraph\nsecond paragraph";
        List<LineDiff.Line> diff = LineDiff.of(text, text);
        assertEquals(List.of("  title", "  ", "  first paragraph", "  second paragraph"), render(diff));
        assertTrue(LineDiff.same(diff));
        assertTrue(diff.stream().allMatch(l -> l.css().equals("same") && l.sign().isEmpty()));
    }

    @Test
    void windowsLineEndingsCountAsTheSame() {
        assertTrue(LineDiff.same(LineDiff.of("a\r\nb\r\nc", "a\nb\nc")));
    }

    @Test
    void oneChangedLineInTheMiddle() {
        String before = "a\nb\nc\nd\ne";
        String after = "a\nb\nC\nd\ne";
        List<LineDiff.Line> diff = LineDiff.of(before, after);
        assertEquals(6, diff.size(), render(diff).toString());
        assertEquals(List.of("  a", "  b"), render(diff).subList(0, 2), "common prefix kept");
        assertEquals(List.of("  d", "  e"), render(diff).subList(4, 6), "common suffix kept");
        assertEquals(java.util.Set.of("- c", "+ C"), java.util.Set.copyOf(render(diff).subList(2, 4)));
        assertFalse(LineDiff.same(diff));
        LineDiff.Line removed = diff.stream().filter(l -> l.op() == '-').findFirst().orElseThrow();
        LineDiff.Line added = diff.stream().filter(l -> l.op() == '+').findFirst().orElseThrow();
        assertEquals("removed", removed.css());
        assertEquals("\u2212", removed.sign());
        assertEquals("added", added.css());
        assertEquals("+", added.sign());
        assertReconstructs(before, after, diff);
    }

    /**
     * A replaced line reads as the old line, then the new one (as in every diff tool, and as
     * LineDiff's own fallback for large inputs does).
     */
    @Test
    void aReplacedLineShowsTheOldLineBeforeTheNew() {
        assertEquals(List.of("  a", "  b", "- c", "+ C", "  d", "  e"), render(LineDiff.of("a\nb\nc\nd\ne", "a\nb\nC\nd\ne")));
        assertEquals(List.of("- one", "- two", "+ ONE", "+ TWO"), render(LineDiff.of("one\ntwo", "ONE\nTWO")));
    }

    @Test
    void changesBetweenRepeatedLinesKeepTheCommonOnes() {
        String before = "x\ny\nx\ny\nx";
        String after = "x\nx\ny\nz\nx";
        List<LineDiff.Line> diff = LineDiff.of(before, after);
        assertReconstructs(before, after, diff);
        // between the common first and last x: [y x y] against [x y z] share "x y": one removed, one added
        assertEquals(1, diff.stream().filter(l -> l.op() == '-').count(), render(diff).toString());
        assertEquals(1, diff.stream().filter(l -> l.op() == '+').count(), render(diff).toString());
    }

    @Test
    void linesAddedAtTheEnd() {
        List<LineDiff.Line> diff = LineDiff.of("a\nb", "a\nb\nc\nd");
        assertEquals(List.of("  a", "  b", "+ c", "+ d"), render(diff));
    }

    @Test
    void linesRemovedAtTheStart() {
        List<LineDiff.Line> diff = LineDiff.of("x\ny\na\nb", "a\nb");
        assertEquals(List.of("- x", "- y", "  a", "  b"), render(diff));
    }

    @Test
    void emptyAgainstText() {
        assertEquals(List.of("+ a", "+ b"), render(LineDiff.of("", "a\nb")));
        assertEquals(List.of("+ a", "+ b"), render(LineDiff.of(null, "a\nb")));
        assertEquals(List.of("- a", "- b"), render(LineDiff.of("a\nb", "")));
        assertTrue(LineDiff.of("", "").isEmpty());
        assertTrue(LineDiff.same(LineDiff.of(null, "")));
    }

    @Test
    void aLargeInputFallsBackToRemovedThenAddedAndKeepsEveryLine() {
        int n = 3000;
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        a.add("same head");
        b.add("same head");
        for (int i = 0; i < n; i++) {
            a.add("old line " + i);
            b.add("new line " + i);
        }
        a.add("same tail");
        b.add("same tail");
        List<LineDiff.Line> diff = LineDiff.of(String.join("\n", a), String.join("\n", b));
        assertEquals(2 + 2 * n, diff.size());
        assertEquals("  same head", render(diff).get(0));
        assertEquals("  same tail", render(diff).get(diff.size() - 1));
        for (int i = 0; i < n; i++) {
            assertEquals(new LineDiff.Line('-', "old line " + i), diff.get(1 + i));
            assertEquals(new LineDiff.Line('+', "new line " + i), diff.get(1 + n + i));
        }
        assertReconstructs(String.join("\n", a), String.join("\n", b), diff);
    }
}

package no.hjelp.portal.brochure;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.hjelp.portal.content.Brochure;
import no.hjelp.portal.content.Contact;
import no.hjelp.portal.content.Content;
import no.hjelp.portal.content.Language;
import no.hjelp.portal.content.MarkdownRenderer;
import no.hjelp.portal.content.Shortcodes;
import no.hjelp.portal.content.TopicText;
import no.hjelp.portal.content.TranslationState;
import no.hjelp.portal.i18n.Messages;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Builds the XSL-FO for a brochure. The same Markdown and shortcodes as the web pages, laid out
 * for paper: right-to-left languages get {@code writing-mode="rl"} (the page, or their column when
 * printed beside another language), Thai gets zero-width spaces at word boundaries (FOP does not
 * find Thai line breaks itself), and phone numbers are forced left to right and kept on one line.
 */
final class BrochureDocument {

    private static final String ZWSP = "\u200B";

    private final BrochureRequest request;
    private final Content content;
    private final String base;
    private final String qrSvg;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /**
     * @param base  the site's address, for the QR code and the printed link
     * @param qrSvg the QR code for {@link #onlineUrl}, as SVG
     */
    BrochureDocument(BrochureRequest request, Content content, String base, String qrSvg) {
        this.request = request;
        this.content = content;
        this.base = base;
        this.qrSvg = qrSvg;
    }

    /** Where the same brochure can be read online, in the first language. */
    static String onlineUrl(String base, BrochureRequest r) {
        return base + "/" + r.lang().code() + "/brochures/" + r.brochure().id();
    }

    /** The text of a topic in a language, else English, else the source language. */
    static Optional<TopicText> text(Content content, String topic, String lang) {
        return content.textWithFallback(topic, lang);
    }

    /** The newest {@code verified} date of everything the brochure prints. */
    static LocalDate validAsOf(Content content, BrochureRequest r) {
        LocalDate newest = LocalDate.MIN;
        List<Language> langs = r.second() == null ? List.of(r.lang()) : List.of(r.lang(), r.second());
        for (Language l : langs) {
            for (String t : r.brochure().topics()) {
                LocalDate d = text(content, t, l.code()).map(TopicText::verified).orElse(null);
                if (d != null && d.isAfter(newest)) {
                    newest = d;
                }
            }
        }
        for (String c : r.brochure().contacts()) {
            LocalDate d = content.contact(c).map(Contact::verified).orElse(null);
            if (d != null && d.isAfter(newest)) {
                newest = d;
            }
        }
        return newest;
    }

    String build() {
        Brochure b = request.brochure();
        Language lang = request.lang();
        Paper paper = request.paper();
        StringBuilder fo = new StringBuilder(32_000);
        fo.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\" xmlns:fox=\"http://xmlgraphics.apache.org/fop/extensions\"")
                .append(" xml:lang=\"").append(lang.tag()).append("\" font-family=\"").append(BrochureFonts.familyFor(lang.tag()))
                .append("\" font-size=\"").append(paper.fontSize).append("\" line-height=\"1.4\">\n")
                .append("<fo:layout-master-set><fo:simple-page-master master-name=\"page\" page-width=\"").append(paper.width)
                .append("\" page-height=\"").append(paper.height).append("\" margin=\"").append(paper.margin).append("\">")
                .append("<fo:region-body margin-bottom=\"9mm\"/><fo:region-after extent=\"6mm\"/>")
                .append("</fo:simple-page-master></fo:layout-master-set>\n");
        String title = b.titleIn(lang.code()) + (request.second() == null ? "" : " / " + b.titleIn(request.second().code()));
        fo.append("<fo:declarations><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>").append(xml(title))
                .append("</dc:title><dc:language>").append(lang.tag()).append("</dc:language></rdf:Description></rdf:RDF></x:xmpmeta></fo:declarations>\n");
        fo.append("<fo:page-sequence master-reference=\"page\" writing-mode=\"").append(lang.rtl() ? "rl" : "lr").append("\">\n");
        Messages m = Messages.get(lang.code(), lang.tag());
        fo.append("<fo:static-content flow-name=\"xsl-region-after\"><fo:block text-align=\"center\" font-size=\"8pt\" color=\"#555555\">")
                .append(xmlText(lang, m.format("brochure.validAsOf", Map.of("date", m.date(validAsOf(content, request))))))
                .append(" · <fo:page-number/></fo:block></fo:static-content>\n");
        fo.append("<fo:flow flow-name=\"xsl-region-body\">\n");
        header(fo);
        if (request.second() == null) {
            column(fo, lang);
        } else {
            sideBySide(fo);
        }
        fo.append("</fo:flow></fo:page-sequence></fo:root>\n");
        return fo.toString();
    }

    private void header(StringBuilder fo) {
        Language lang = request.lang();
        Messages m = Messages.get(lang.code(), lang.tag());
        String url = onlineUrl(base, request);
        fo.append("<fo:block font-size=\"1.7em\" font-weight=\"bold\" line-height=\"1.25\" space-after=\"3mm\" color=\"#0b3d6e\" role=\"H1\">")
                .append(xmlText(lang, request.brochure().titleIn(lang.code())));
        if (request.second() != null) {
            Language s = request.second();
            fo.append("<fo:block font-size=\"0.8em\" xml:lang=\"").append(s.tag()).append("\" font-family=\"")
                    .append(BrochureFonts.familyFor(s.tag())).append("\">").append(xmlText(s, request.brochure().titleIn(s.code())))
                    .append("</fo:block>");
        }
        fo.append("</fo:block>\n");
        fo.append("<fo:table table-layout=\"fixed\" width=\"100%\" space-after=\"4mm\"><fo:table-column column-width=\"26mm\"/>")
                .append("<fo:table-column column-width=\"proportional-column-width(1)\"/><fo:table-body><fo:table-row><fo:table-cell>")
                .append("<fo:block><fo:instream-foreign-object content-width=\"24mm\" content-height=\"24mm\" fox:alt-text=\"")
                .append(xml(m.text("brochure.qrAlt"))).append("\">").append(qrSvg)
                .append("</fo:instream-foreign-object></fo:block></fo:table-cell>")
                .append("<fo:table-cell display-align=\"center\" padding-start=\"3mm\"><fo:block>")
                .append(xmlText(lang, m.text("brochure.online"))).append("</fo:block><fo:block font-size=\"0.85em\">")
                .append(ltr(url)).append("</fo:block></fo:table-cell></fo:table-row></fo:table-body></fo:table>\n");
    }

    private void sideBySide(StringBuilder fo) {
        Language a = request.lang();
        Language b = request.second();
        fo.append("<fo:table table-layout=\"fixed\" width=\"100%\"><fo:table-column column-width=\"proportional-column-width(1)\"/>")
                .append("<fo:table-column column-width=\"4mm\"/><fo:table-column column-width=\"proportional-column-width(1)\"/><fo:table-body>\n");
        List<String> topics = request.brochure().topics();
        for (int i = -1; i <= topics.size(); i++) {
            fo.append("<fo:table-row keep-together.within-page=\"auto\">");
            for (Language l : List.of(a, b)) {
                if (l == b) {
                    fo.append("<fo:table-cell><fo:block/></fo:table-cell>");
                }
                fo.append("<fo:table-cell><fo:block-container writing-mode=\"").append(l.rtl() ? "rl" : "lr").append("\">")
                        .append("<fo:block xml:lang=\"").append(l.tag()).append("\" font-family=\"").append(BrochureFonts.familyFor(l.tag()))
                        .append("\">");
                if (i == -1) {
                    notices(fo, l);
                } else if (i == topics.size()) {
                    contacts(fo, l);
                } else {
                    topic(fo, l, topics.get(i));
                }
                fo.append("</fo:block></fo:block-container></fo:table-cell>");
            }
            fo.append("</fo:table-row>\n");
        }
        fo.append("</fo:table-body></fo:table>\n");
    }

    private void column(StringBuilder fo, Language l) {
        fo.append("<fo:block xml:lang=\"").append(l.tag()).append("\">");
        notices(fo, l);
        for (String t : request.brochure().topics()) {
            topic(fo, l, t);
        }
        contacts(fo, l);
        fo.append("</fo:block>\n");
    }

    /** A visible notice when any text printed in this language is machine-drafted, outdated or a fallback. */
    private void notices(StringBuilder fo, Language l) {
        boolean notice = false;
        for (String t : request.brochure().topics()) {
            TranslationState state = content.state(t, l.code());
            notice |= state.needsNotice() || state == TranslationState.MISSING;
        }
        if (notice) {
            Messages m = Messages.get(l.code(), l.tag());
            Language source = content.sourceLanguage();
            fo.append("<fo:block border=\"0.6pt solid #8a5a00\" padding=\"2mm\" space-after=\"3mm\" font-size=\"0.9em\">")
                    .append(xmlText(l, m.text("notice.machine"))).append(" ").append(xmlText(l, m.text("notice.original"))).append(" ")
                    .append(ltr(base + "/" + source.code() + "/brochures/" + request.brochure().id())).append("</fo:block>\n");
        }
    }

    private void topic(StringBuilder fo, Language l, String topicId) {
        TopicText t = text(content, topicId, l.code()).orElse(null);
        if (t == null) {
            return;
        }
        Language textLang = content.language(t.lang()).orElse(l);
        if (!t.lang().equals(l.code())) {
            // said in the column's language, before the text that is in another one
            Messages m = Messages.get(l.code(), l.tag());
            fo.append("<fo:block space-before=\"4mm\" font-size=\"0.85em\" color=\"#8a5a00\">")
                    .append(xmlText(l, m.format("notice.fallback", Map.of("language", textLang.name())))).append("</fo:block>");
        }
        fo.append("<fo:block space-before=\"4mm\"").append(t.lang().equals(l.code()) ? "" : " xml:lang=\"" + textLang.tag() + "\""
                + " writing-mode=\"" + (textLang.rtl() ? "rl" : "lr") + "\"").append(">");
        fo.append("<fo:block font-size=\"1.3em\" font-weight=\"bold\" color=\"#0b3d6e\" keep-with-next.within-page=\"always\" role=\"H2\">")
                .append(xmlText(textLang, t.title())).append("</fo:block>");
        fo.append("<fo:block font-weight=\"bold\" space-after=\"2mm\">").append(xmlText(textLang, t.summary())).append("</fo:block>");
        Node doc = markdown.document(t, textLang, content);
        doc.accept(new FoVisitor(fo, textLang));
        fo.append("</fo:block>\n");
    }

    private void contacts(StringBuilder fo, Language l) {
        Messages m = Messages.get(l.code(), l.tag());
        fo.append("<fo:block space-before=\"5mm\" border-top=\"1pt solid #0b3d6e\" padding-top=\"2mm\">")
                .append("<fo:block font-size=\"1.3em\" font-weight=\"bold\" color=\"#0b3d6e\" keep-with-next.within-page=\"always\" role=\"H2\">")
                .append(xmlText(l, m.text("contacts.title"))).append("</fo:block>");
        for (String id : request.brochure().contacts()) {
            Contact c = content.contact(id).orElse(null);
            if (c == null) {
                continue;
            }
            fo.append("<fo:block space-before=\"2mm\" keep-together.within-page=\"always\"><fo:block font-weight=\"bold\">")
                    .append(xmlText(l, c.nameIn(l.code())));
            for (Contact.Phone p : c.phones()) {
                fo.append("  ").append(phone(p));
            }
            fo.append("</fo:block>");
            if (c.open24h()) {
                fo.append("<fo:block font-size=\"0.9em\">").append(xmlText(l, m.text("contacts.open24h"))).append("</fo:block>");
            }
            fo.append("<fo:block font-size=\"0.9em\">").append(xmlText(l, c.descriptionIn(l.code()))).append("</fo:block>");
            if (c.web() != null) {
                fo.append("<fo:block font-size=\"0.9em\">").append(ltr(c.web().replace("https://", ""))).append("</fo:block>");
            }
            fo.append("</fo:block>");
        }
        fo.append("</fo:block>\n");
    }

    /** Markdown nodes → FO, for text in one language. */
    private final class FoVisitor extends AbstractVisitor {
        private final StringBuilder fo;
        private final Language lang;

        FoVisitor(StringBuilder fo, Language lang) {
            this.fo = fo;
            this.lang = lang;
        }

        @Override
        public void visit(Heading heading) {
            fo.append("<fo:block font-weight=\"bold\" font-size=\"1.1em\" space-before=\"3mm\" keep-with-next.within-page=\"always\" role=\"H3\">");
            visitChildren(heading);
            fo.append("</fo:block>");
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (paragraph.getParent() instanceof ListItem) {
                visitChildren(paragraph);
                return;
            }
            fo.append("<fo:block space-after=\"1.5mm\">");
            visitChildren(paragraph);
            fo.append("</fo:block>");
        }

        @Override
        public void visit(BulletList list) {
            list(list);
        }

        @Override
        public void visit(OrderedList list) {
            list(list);
        }

        private void list(Node list) {
            fo.append("<fo:list-block provisional-distance-between-starts=\"5mm\" space-after=\"1.5mm\">");
            int n = 1;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                String label = list instanceof OrderedList ? (n++) + "." : "•";
                fo.append("<fo:list-item><fo:list-item-label end-indent=\"label-end()\"><fo:block>").append(label)
                        .append("</fo:block></fo:list-item-label><fo:list-item-body start-indent=\"body-start()\"><fo:block>");
                visitChildren(item);
                fo.append("</fo:block></fo:list-item-body></fo:list-item>");
            }
            fo.append("</fo:list-block>");
        }

        @Override
        public void visit(BlockQuote quote) {
            fo.append("<fo:block start-indent=\"4mm\">");
            visitChildren(quote);
            fo.append("</fo:block>");
        }

        @Override
        public void visit(StrongEmphasis strong) {
            fo.append("<fo:inline font-weight=\"bold\">");
            visitChildren(strong);
            fo.append("</fo:inline>");
        }

        @Override
        public void visit(Emphasis emphasis) {
            fo.append("<fo:inline font-weight=\"bold\">");
            visitChildren(emphasis);
            fo.append("</fo:inline>");
        }

        @Override
        public void visit(Link link) {
            visitChildren(link);
        }

        @Override
        public void visit(Code code) {
            fo.append(xmlText(lang, code.getLiteral()));
        }

        @Override
        public void visit(Text text) {
            fo.append(xmlText(lang, text.getLiteral()));
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            fo.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            fo.append("<fo:block/>");
        }

        @Override
        public void visit(CustomNode node) {
            if (!(node instanceof MarkdownRenderer.ShortcodeNode s)) {
                return;
            }
            Shortcodes.Code code = s.code();
            switch (code.kind()) {
                case "fact" -> content.fact(code.id())
                        .ifPresent(f -> fo.append(xmlText(lang, Shortcodes.formatFact(f, lang))));
                case "phone" -> content.contact(code.id()).filter(c -> !c.phones().isEmpty())
                        .ifPresent(c -> fo.append(phone(c.phones().get(0))));
                default -> content.contact(code.id()).ifPresent(c -> {
                    fo.append("<fo:inline font-weight=\"bold\">").append(xmlText(lang, c.nameIn(lang.code()))).append("</fo:inline>");
                    for (Contact.Phone p : c.phones()) {
                        fo.append(' ').append(phone(p));
                    }
                });
            }
        }
    }

    /** A phone number: left to right even in Arabic text, never split across lines. */
    private static String phone(Contact.Phone p) {
        return "<fo:inline keep-together.within-line=\"always\" font-weight=\"bold\">" + ltr(Shortcodes.displayPhone(p)) + "</fo:inline>";
    }

    /** Text forced left to right (addresses, numbers), whatever surrounds it. */
    private static String ltr(String s) {
        return "<fo:bidi-override unicode-bidi=\"embed\" direction=\"ltr\" font-family=\"NotoSans\">" + xml(s) + "</fo:bidi-override>";
    }

    /** Escaped text in a language; Thai gets zero-width spaces between words so lines can break. */
    private static String xmlText(Language lang, String s) {
        return xml(BrochureFonts.needsWordBreaks(lang.tag()) ? wordBreaks(s, lang) : s);
    }

    static String wordBreaks(String s, Language lang) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(lang.tag()));
        words.setText(s);
        StringBuilder b = new StringBuilder(s.length() + s.length() / 4);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            b.append(s, start, end);
            if (end < s.length() && isThai(s.charAt(end - 1)) && isThai(s.charAt(end))) {
                b.append(ZWSP);
            }
        }
        return b.toString();
    }

    private static boolean isThai(char c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }

    /** Escaped for XML; control characters (not allowed in XML) are dropped. */
    static String xml(String s) {
        return Shortcodes.escape(s);
    }
}

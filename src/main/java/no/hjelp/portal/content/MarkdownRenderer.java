package no.hjelp.portal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Turns a topic's Markdown body into HTML (for pages and the API) or plain text (for the search
 * index), with shortcodes rendered in the reader's language and links to other topics resolved to
 * {@code /{lang}/{topic}}.
 *
 * <p>Raw HTML in content is escaped, never passed through, and unsafe link schemes are dropped.
 * The same code validates bodies at load time ({@link #problems}), so what renders has been checked.
 */
public final class MarkdownRenderer {

    private static final Pattern TOPIC_LINK = Pattern.compile("[a-z0-9-]+");
    private static final Set<String> EXTERNAL = Set.of("http:", "https:", "mailto:", "tel:");

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** A shortcode in the document tree; rendered by the renderers below. */
    public static final class ShortcodeNode extends CustomNode {
        final Shortcodes.Code code;

        ShortcodeNode(Shortcodes.Code code) {
            this.code = code;
        }

        public Shortcodes.Code code() {
            return code;
        }
    }

    /**
     * The parsed body with shortcodes as {@link ShortcodeNode}s and topic links resolved, for
     * renderers of other formats (the PDF brochures).
     */
    public Node document(TopicText text, Language lang, Content content) {
        return prepare(text.body(), lang, content);
    }

    /** The body as HTML for a reader of {@code lang}. */
    public String html(TopicText text, Language lang, Content content) {
        Node doc = prepare(text.body(), lang, content);
        HtmlRenderer renderer = HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(ctx -> (node, tag, attributes) -> {
                    if (node instanceof Link && attributes.getOrDefault("href", "").startsWith("http")) {
                        attributes.put("rel", "noreferrer");
                    }
                })
                .nodeRendererFactory(ctx -> new NodeRenderer() {
                    @Override
                    public Set<Class<? extends Node>> getNodeTypes() {
                        return Set.of(ShortcodeNode.class);
                    }

                    @Override
                    public void render(Node node) {
                        ctx.getWriter().raw(shortcodeHtml(((ShortcodeNode) node).code, lang, content));
                    }
                })
                .build();
        return renderer.render(doc);
    }

    /** The body as plain text, shortcodes included, for the search index and snippets. */
    public String text(TopicText text, Language lang, Content content) {
        Node doc = prepare(text.body(), lang, content);
        TextContentRenderer renderer = TextContentRenderer.builder()
                .nodeRendererFactory(ctx -> new NodeRenderer() {
                    @Override
                    public Set<Class<? extends Node>> getNodeTypes() {
                        return Set.of(ShortcodeNode.class, Link.class);
                    }

                    @Override
                    public void render(Node node) {
                        if (node instanceof Link) {
                            // only the words a reader sees; the address would pollute the index
                            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                                ctx.render(child);
                            }
                            return;
                        }
                        ctx.getWriter().write(shortcodeText(((ShortcodeNode) node).code, lang, content));
                    }
                })
                .build();
        return renderer.render(doc);
    }

    /**
     * Problems in a body: unknown shortcodes and links to topics that do not exist, each with its line.
     *
     * @param topicIds    the fixed topic ids
     * @param contacts    contact ids that exist, with whether they have a phone
     * @param factIds     fact ids that exist
     */
    public List<ContentProblem> problems(TopicText text, Set<String> topicIds, Map<String, Boolean> contacts,
                                         Set<String> factIds) {
        List<ContentProblem> problems = new ArrayList<>();
        Node doc = parser.parse(text.body());
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                Matcher m = Shortcodes.ANY.matcher(node.getLiteral());
                while (m.find()) {
                    Shortcodes.Code code = Shortcodes.parse(m.group(1));
                    String problem = null;
                    if (code == null) {
                        problem = String.format(Shortcodes.UNKNOWN_SHORTCODE, m.group());
                    } else if ("fact".equals(code.kind()) && !factIds.contains(code.id())) {
                        problem = "unknown fact '" + code.id() + "': facts are " + factIds;
                    } else if (!"fact".equals(code.kind()) && !contacts.containsKey(code.id())) {
                        problem = "unknown contact '" + code.id() + "': contacts are " + contacts.keySet();
                    } else if ("phone".equals(code.kind()) && !contacts.get(code.id())) {
                        problem = "{{phone:" + code.id() + "}}: this contact has no published phone number; use {{contact:"
                                + code.id() + "}}";
                    }
                    if (problem != null) {
                        problems.add(new ContentProblem(text.file(), lineOf(node, text), problem));
                    }
                }
            }

            @Override
            public void visit(Link link) {
                String dest = link.getDestination();
                if (!isExternal(dest) && !(TOPIC_LINK.matcher(dest).matches() && topicIds.contains(dest))) {
                    problems.add(new ContentProblem(text.file(), lineOf(link, text),
                            "link to '" + dest + "' goes nowhere: link another topic by its id, e.g. [legal aid](legal-aid), "
                                    + "or an address starting with https://"));
                }
                visitChildren(link);
            }
        });
        return problems;
    }

    private static int lineOf(Node node, TopicText text) {
        return node.getSourceSpans().isEmpty() ? text.bodyLine() : text.bodyLine() + node.getSourceSpans().get(0).getLineIndex();
    }

    private static boolean isExternal(String dest) {
        return EXTERNAL.stream().anyMatch(dest::startsWith);
    }

    /** Parses, splits shortcodes out of text nodes and points topic links at the reader's language. */
    private Node prepare(String body, Language lang, Content content) {
        Node doc = parser.parse(body);
        List<Text> texts = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                if (Shortcodes.ANY.matcher(node.getLiteral()).find()) {
                    texts.add(node);
                }
            }

            @Override
            public void visit(Link link) {
                if (content.isTopic(link.getDestination())) {
                    link.setDestination("/" + lang.code() + "/" + link.getDestination());
                }
                visitChildren(link);
            }
        });
        for (Text node : texts) {
            Matcher m = Shortcodes.ANY.matcher(node.getLiteral());
            int last = 0;
            String literal = node.getLiteral();
            while (m.find()) {
                if (m.start() > last) {
                    node.insertBefore(new Text(literal.substring(last, m.start())));
                }
                Shortcodes.Code code = Shortcodes.parse(m.group(1));
                node.insertBefore(code == null ? new Text(m.group()) : new ShortcodeNode(code));
                last = m.end();
            }
            if (last < literal.length()) {
                node.insertBefore(new Text(literal.substring(last)));
            }
            node.unlink();
        }
        return doc;
    }

    static String shortcodeHtml(Shortcodes.Code code, Language lang, Content content) {
        switch (code.kind()) {
            case "fact":
                return content.fact(code.id()).map(f -> Shortcodes.escape(Shortcodes.formatFact(f, lang))).orElse("");
            case "phone":
                return content.contact(code.id()).filter(c -> !c.phones().isEmpty())
                        .map(c -> Shortcodes.phoneHtml(c.phones().get(0))).orElse("");
            default:
                return content.contact(code.id()).map(c -> {
                    StringBuilder b = new StringBuilder("<span class=\"contact\"><a href=\"/")
                            .append(lang.code()).append("/contacts#").append(c.id()).append("\">")
                            .append(Shortcodes.escape(c.nameIn(lang.code()))).append("</a>");
                    for (int i = 0; i < c.phones().size(); i++) {
                        b.append(i == 0 ? " " : ", ").append(Shortcodes.phoneHtml(c.phones().get(i)));
                    }
                    return b.append("</span>").toString();
                }).orElse("");
        }
    }

    static String shortcodeText(Shortcodes.Code code, Language lang, Content content) {
        switch (code.kind()) {
            case "fact":
                return content.fact(code.id()).map(f -> Shortcodes.formatFact(f, lang)).orElse("");
            case "phone":
                return content.contact(code.id()).filter(c -> !c.phones().isEmpty())
                        .map(c -> c.phones().get(0).number()).orElse("");
            default:
                return content.contact(code.id()).map(c -> {
                    StringBuilder b = new StringBuilder(c.nameIn(lang.code()));
                    c.phones().forEach(p -> b.append(' ').append(p.number()));
                    return b.toString();
                }).orElse("");
        }
    }
}

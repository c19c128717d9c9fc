package no.hjelp.portal.content.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML value that remembers its line, so every content error can name file and line.
 *
 * <p>Scalars stay strings: we never let YAML 1.1 turn {@code no} into false or {@code 2026-11-28}
 * into a Date behind our back; the loader converts each field itself and reports what it cannot.
 */
final class YamlNode {

    /** Thrown for YAML that cannot be read at all, or duplicate keys. */
    static final class YamlError extends Exception {
        final int line;

        YamlError(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    final int line;
    private final Object value;

    private YamlNode(int line, Object value) {
        this.line = line;
        this.value = value;
    }

    /**
     * @param lineOffset added to every line (a front matter starts below the first {@code ---})
     * @return the root, or an empty mapping for an empty document
     */
    static YamlNode parse(Reader reader, int lineOffset) throws YamlError {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 + lineOffset : lineOffset + 1;
            String where = "";
            if (e.getContextMark() != null && e.getContextMark().getLine() + 1 + lineOffset != line) {
                where = " (" + e.getContext() + " that starts on line " + (e.getContextMark().getLine() + 1 + lineOffset) + ")";
            }
            throw new YamlError(line, "not valid YAML: " + e.getProblem() + where);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new YamlError(lineOffset + 1, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            return new YamlNode(lineOffset + 1, new LinkedHashMap<String, YamlNode>());
        }
        return convert(root, lineOffset);
    }

    private static YamlNode convert(Node node, int offset) throws YamlError {
        int line = node.getStartMark().getLine() + 1 + offset;
        if (node instanceof ScalarNode scalar) {
            String v = scalar.getValue();
            boolean isNull = "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
            return new YamlNode(line, isNull ? null : v);
        }
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(convert(item, offset));
            }
            return new YamlNode(line, items);
        }
        if (node instanceof MappingNode map) {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    throw new YamlError(t.getKeyNode().getStartMark().getLine() + 1 + offset, "a key must be a plain word");
                }
                if (entries.containsKey(key.getValue())) {
                    throw new YamlError(key.getStartMark().getLine() + 1 + offset,
                            "the key '" + key.getValue() + "' appears twice");
                }
                entries.put(key.getValue(), convert(t.getValueNode(), offset));
            }
            return new YamlNode(line, entries);
        }
        throw new YamlError(line, "unsupported YAML node");
    }

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    boolean isScalar() {
        return value instanceof String;
    }

    boolean isNull() {
        return value == null;
    }

    @SuppressWarnings("unchecked")
    Map<String, YamlNode> map() {
        return value instanceof Map ? (Map<String, YamlNode>) value : Collections.emptyMap();
    }

    @SuppressWarnings("unchecked")
    List<YamlNode> list() {
        return value instanceof List ? (List<YamlNode>) value : Collections.emptyList();
    }

    String text() {
        return value instanceof String s ? s : null;
    }
}

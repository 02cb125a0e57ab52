package dev.deploytrack.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

class SafeYamlTest {

    @Test
    void parsesAMappingWithFilePositions() throws Exception {
        Optional<Node> root = SafeYaml.parse("a: 1\nb: two\n", 10);
        MappingNode mapping = (MappingNode) root.orElseThrow();
        Node b = mapping.getValue().get(1).getKeyNode();
        assertEquals(11, YamlNodes.line(b, 10));
        assertEquals(1, YamlNodes.column(b));
    }

    @Test
    void emptyDocumentIsEmpty() throws Exception {
        assertTrue(SafeYaml.parse("", 1).isEmpty());
        assertTrue(SafeYaml.parse("# only a comment\n", 1).isEmpty());
    }

    @Test
    void syntaxErrorCarriesTheFileLineOffset() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> SafeYaml.parse("a: b: c\n", 5));
        assertEquals(5, e.line());
        assertEquals(5, e.column());
        assertTrue(e.problem().contains("mapping values are not allowed"), e.problem());
    }

    @Test
    void billionLaughsIsRefusedBeforeExpansion() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) {
                yaml.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> SafeYaml.parse(yaml.toString(), 1));
        assertTrue(e.problem().toLowerCase().contains("alias"), e.problem());
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> SafeYaml.parse(deep, 1));
        assertTrue(e.problem().contains("nested"), e.problem());
    }

    @Test
    void duplicateKeysAreAnError() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class,
                () -> SafeYaml.parse("name: a\nother: b\nname: c\n", 1));
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("first defined on line 1"), e.problem());
    }

    @Test
    void customTagsNeverConstructTypes() throws Exception {
        // The node tree keeps the tag; nothing is instantiated.
        Node node = SafeYaml.parse("x: !!javax.script.ScriptEngineManager [!!java.net.URL [\"http://x\"]]\n", 1)
                .orElseThrow();
        assertTrue(node instanceof MappingNode);
    }

    @Test
    void moreThanOneDocumentIsAnError() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> SafeYaml.parse("a: 1\n---\nb: 2\n", 1));
        assertEquals(2, e.line());
    }

    @Test
    void coreSchemaResolvesScalars() throws Exception {
        MappingNode mapping = (MappingNode) SafeYaml.parse("s: text\ni: 12\nf: 1.5\nb: true\nn:\nq: \"12\"\nno: no\n",
                1).orElseThrow();
        assertEquals("a string", YamlNodes.describeKind(mapping.getValue().get(0).getValueNode()));
        assertEquals("a number", YamlNodes.describeKind(mapping.getValue().get(1).getValueNode()));
        assertEquals("a number", YamlNodes.describeKind(mapping.getValue().get(2).getValueNode()));
        assertEquals("a boolean", YamlNodes.describeKind(mapping.getValue().get(3).getValueNode()));
        assertEquals("empty (null)", YamlNodes.describeKind(mapping.getValue().get(4).getValueNode()));
        assertEquals("a string", YamlNodes.describeKind(mapping.getValue().get(5).getValueNode()));
        assertEquals("a string", YamlNodes.describeKind(mapping.getValue().get(6).getValueNode()), "YAML 1.2: no is text");
    }
}

package org.backstep.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a lesson file's JSON into a tree, token by token, keeping what a plain reader forgets and
 * a student needs to be told where to look: where each open list or object began, and where the
 * last value ended. A syntax error stops the reading (nothing after it can be trusted) and is
 * told in words by {@link JsonSyntax}; a field given twice is reported and its first value kept,
 * and the reading goes on.
 */
final class JsonTree {
    /** A list or an object not yet closed. */
    record Open(JsonNode node, boolean array, long offset, FieldPath path) {
    }

    /** A syntax error, already in words. */
    static final class Broken extends Exception {
        private final transient LessonProblem problem;

        Broken(LessonProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        LessonProblem problem() {
            return problem;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(false);

    private final byte[] content;
    private final JsonFactory factory;
    private final Problems problems;
    private final Deque<Open> open = new ArrayDeque<>();
    /** The field the next value belongs to in the innermost object, and whether it was given before. */
    private String field;
    private boolean again;
    /** Where the last complete token started and ended: a missing comma or bracket belongs right there. */
    private long lastStart;
    private long lastEnd;

    JsonTree(byte[] content, JsonFactory factory, Problems problems) {
        this.content = content;
        this.factory = factory;
        this.problems = problems;
    }

    /** The document's tree, or null for an empty file (which the caller words). */
    JsonNode read(String file) throws Broken {
        try (JsonParser p = factory.createParser(content)) {
            JsonNode root = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                long start = p.currentTokenLocation().getByteOffset();
                if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                    again = open.peek().node().has(field);
                    if (again) {
                        problems.addAt(start, here().field(field),
                                "this field appears twice in the same object; each field may appear once (the first is used)");
                    }
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    open.pop();
                } else {
                    JsonNode node = value(t, p);
                    FieldPath path = attach(node);
                    root = root == null ? node : root;
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        open.push(new Open(node, t == JsonToken.START_ARRAY, start, path));
                    }
                }
                lastStart = start;
                lastEnd = p.currentLocation().getByteOffset();
                if (open.isEmpty()) {
                    break;
                }
            }
            extraText(file);
            return root;
        } catch (JsonProcessingException e) {
            throw new Broken(new JsonSyntax(file, content, open, lastStart, lastEnd, field).describe(e));
        } catch (IOException e) {
            throw new Broken(new LessonProblem(file, 0, 0, "", "cannot be read (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private static JsonNode value(JsonToken t, JsonParser p) throws IOException {
        return switch (t) {
            case START_OBJECT -> NODES.objectNode();
            case START_ARRAY -> NODES.arrayNode();
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            // A number too large for a double is kept as an infinity; the validators say it is too large.
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            default -> NODES.nullNode();
        };
    }

    /** Puts {@code node} into the innermost open list or object; returns its path. */
    private FieldPath attach(JsonNode node) {
        Open top = open.peek();
        if (top == null) {
            return FieldPath.ROOT;
        }
        if (top.array()) {
            ((ArrayNode) top.node()).add(node);
            return top.path().index(top.node().size() - 1);
        }
        if (!again) {
            ((ObjectNode) top.node()).set(field, node);
        }
        return top.path().field(field);
    }

    /** The path of the innermost open list or object. */
    private FieldPath here() {
        return open.isEmpty() ? FieldPath.ROOT : open.peek().path();
    }

    /** Text after the lesson's closing brace: a second lesson, a stray word, a leftover. */
    private void extraText(String file) throws Broken {
        for (int i = (int) Math.min(lastEnd, content.length); i < content.length; i++) {
            if (!Character.isWhitespace(content[i]) && content[i] != 0) {
                TextPosition end = TextPosition.of(content, lastEnd - 1);
                TextPosition at = TextPosition.of(content, i);
                throw new Broken(new LessonProblem(file, at.line(), at.column(), "", "there is more text after the "
                        + "lesson ends with the \"}\" at line " + end.line() + ", column " + end.column()
                        + "; a file holds one lesson object: remove the extra text, or move it inside the braces"));
            }
        }
    }
}

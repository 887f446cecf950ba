package org.backstep.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Finds where in a JSON text the value (or the field name) at a {@link FieldPath} starts. Lesson files are validated
 * after binding, when positions are gone; problems are rare, so the text is scanned again for each
 * one instead of remembering the position of every number of every file.
 */
final class Locator {
    private final byte[] content;
    private final JsonFactory factory;

    Locator(byte[] content, JsonFactory factory) {
        this.content = content;
        this.factory = factory;
    }

    private static final class Frame {
        final boolean array;
        int index = -1;
        String field;

        Frame(boolean array) {
            this.array = array;
        }

        Object segment() {
            return array ? (Object) index : field;
        }
    }

    byte[] content() {
        return content;
    }

    /** Where the value at {@code path} starts, or where its nearest existing parent starts. */
    TextPosition position(FieldPath path) {
        return position(path, false);
    }

    /** Where the name of the field at {@code path} starts (for a field that should not be there). */
    TextPosition namePosition(FieldPath path) {
        return position(path, true);
    }

    private TextPosition position(FieldPath path, boolean name) {
        FieldPath target = path;
        boolean atName = name && !path.segments().isEmpty() && path.segments().get(path.segments().size() - 1) instanceof String;
        while (true) {
            JsonLocation found = scan(target.segments(), atName);
            if (found != null) {
                return TextPosition.of(content, found.getByteOffset());
            }
            if (target.segments().isEmpty()) {
                return TextPosition.NOWHERE;
            }
            target = target.parent();
            atName = false;
        }
    }

    private JsonLocation scan(List<Object> target, boolean atName) {
        try (JsonParser p = factory.createParser(content)) {
            Deque<Frame> stack = new ArrayDeque<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    stack.peek().field = p.currentName();
                    if (atName && matches(stack, target)) {
                        return p.currentTokenLocation();
                    }
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                Frame top = stack.peek();
                if (top != null && top.array) {
                    top.index++;
                }
                if (!atName && matches(stack, target)) {
                    return p.currentTokenLocation();
                }
                if (t == JsonToken.START_OBJECT) {
                    stack.push(new Frame(false));
                } else if (t == JsonToken.START_ARRAY) {
                    stack.push(new Frame(true));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The text was already parsed once; if it cannot be scanned now, the caller reports no position.
            return null;
        }
        return null;
    }

    private static boolean matches(Deque<Frame> stack, List<Object> target) {
        if (stack.size() != target.size()) {
            return false;
        }
        List<Object> here = new ArrayList<>(stack.size());
        for (Iterator<Frame> it = stack.descendingIterator(); it.hasNext(); ) {
            here.add(it.next().segment());
        }
        return here.equals(target);
    }
}

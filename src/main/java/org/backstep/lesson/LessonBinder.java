package org.backstep.lesson;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Binds a lesson file's tree to {@link LessonFile}, whose records say what each object may hold.
 * Unlike a binding library, it does not stop at the first mistake: a field no object has (with
 * the nearest allowed name when one is close) and a value of the wrong kind are each reported
 * where they are, the value is bound as missing, and binding goes on, so the validators still
 * check everything else.
 */
final class LessonBinder {
    /** A value that was reported; the field that holds it is bound as missing. */
    private static final class Wrong extends RuntimeException {
        Wrong() {
            super(null, null, false, false);
        }
    }

    private final Problems problems;

    LessonBinder(Problems problems) {
        this.problems = problems;
    }

    LessonFile bind(JsonNode root) {
        return (LessonFile) record(LessonFile.class, root, FieldPath.ROOT);
    }

    private Object value(Type type, JsonNode node, FieldPath at) {
        if (node == null || node.isNull()) {
            return null;
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return node.isTextual() ? node.textValue() : wrong(at, "text in double quotes", node);
        }
        if (raw == Integer.class || raw == Long.class) {
            return whole(raw == Long.class, node, at);
        }
        if (raw == Double.class) {
            return number(node, at);
        }
        if (raw == Boolean.class) {
            return node.isBoolean() ? node.booleanValue() : wrong(at, "true or false", node);
        }
        if (raw == double[].class) {
            return numbers(node, at, "a list of numbers");
        }
        if (raw == double[][].class) {
            return matrix(node, at);
        }
        if (raw == List.class) {
            return list(((ParameterizedType) type).getActualTypeArguments()[0], node, at);
        }
        if (raw == Map.class) {
            return map(((ParameterizedType) type).getActualTypeArguments()[1], node, at);
        }
        return record(raw, node, at);
    }

    private Object whole(boolean isLong, JsonNode node, FieldPath at) {
        if (!node.isIntegralNumber()) {
            return wrong(at, "a whole number", node);
        }
        if (isLong ? node.canConvertToLong() : node.canConvertToInt()) {
            return isLong ? (Object) node.longValue() : (Object) node.intValue();
        }
        problems.wrongKind(at, "number out of range; expected a whole number from "
                + (isLong ? Long.MIN_VALUE + " to " + Long.MAX_VALUE : Integer.MIN_VALUE + " to " + Integer.MAX_VALUE)
                + " (see the field's limits in the lesson format)");
        throw new Wrong();
    }

    private Double number(JsonNode node, FieldPath at) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual() && node.textValue().trim().matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
            problems.wrongKind(at, "expected a number, found the text \"" + node.textValue() + "\"; write the number "
                    + "without quotes");
            throw new Wrong();
        }
        return (Double) wrong(at, "a number", node);
    }

    private double[] numbers(JsonNode node, FieldPath at, String what) {
        if (!node.isArray()) {
            return (double[]) wrong(at, what, node);
        }
        double[] values = new double[node.size()];
        boolean whole = true;
        for (int i = 0; i < values.length; i++) {
            JsonNode v = node.get(i);
            if (v.isNumber()) {
                values[i] = v.doubleValue();
            } else {
                whole = false;
                try {
                    number(v, at.index(i));
                } catch (Wrong reported) {
                    // Told; the other numbers are checked too.
                }
            }
        }
        if (!whole) {
            problems.wrongKind(at, null);
            throw new Wrong();
        }
        return values;
    }

    private double[][] matrix(JsonNode node, FieldPath at) {
        if (!node.isArray()) {
            return (double[][]) wrong(at, "a list of lists of numbers", node);
        }
        double[][] rows = new double[node.size()][];
        boolean whole = true;
        for (int i = 0; i < rows.length; i++) {
            try {
                rows[i] = node.get(i).isNull() ? null : numbers(node.get(i), at.index(i), "a list of numbers (one row)");
            } catch (Wrong reported) {
                whole = false;
            }
        }
        if (!whole) {
            problems.wrongKind(at, null);
            throw new Wrong();
        }
        return rows;
    }

    private List<Object> list(Type element, JsonNode node, FieldPath at) {
        if (!node.isArray()) {
            wrong(at, "a list [ … ]", node);
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            values.add(orMissing(element, node.get(i), at.index(i)));
        }
        return values;
    }

    private Map<String, Object> map(Type element, JsonNode node, FieldPath at) {
        if (!node.isObject()) {
            wrong(at, "an object { … }", node);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey(), orMissing(element, e.getValue(), at.field(e.getKey()))));
        return values;
    }

    private Object record(Class<?> type, JsonNode node, FieldPath at) {
        if (!node.isObject()) {
            wrong(at, "an object { … }", node);
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        TreeSet<String> known = new TreeSet<>();
        int rest = -1;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (takesTheRest(type, components[i])) {
                rest = i;
            } else {
                known.add(components[i].getName());
                args[i] = orMissing(components[i].getGenericType(), node.get(components[i].getName()),
                        at.field(components[i].getName()));
            }
        }
        Map<String, Double> others = new LinkedHashMap<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (known.contains(name)) {
                continue;
            }
            if (rest >= 0) {
                others.put(name, (Double) orMissing(Double.class, node.get(name), at.field(name)));
            } else {
                problems.addAtName(at.field(name), Suggestions.unknown("field", name, List.copyOf(known), "allowed here"));
                String meant = Suggestions.nearest(name, known);
                if (meant != null && !node.has(meant)) {
                    // The misspelt field is the missing one: its "missing" would only repeat the typo.
                    problems.wrongKind(at.field(meant), null);
                }
            }
        }
        if (rest >= 0) {
            args[rest] = others;
        }
        try {
            Constructor<?> make = type.getDeclaredConstructor(types);
            return make.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
    }

    /** The component that gathers every field not named by the others (the training's settings). */
    private static boolean takesTheRest(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName()).isAnnotationPresent(JsonAnySetter.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private Object orMissing(Type type, JsonNode node, FieldPath at) {
        try {
            return value(type, node, at);
        } catch (Wrong reported) {
            return null;
        }
    }

    /** Reports a value of the wrong kind: what was expected, and what was found. */
    private Object wrong(FieldPath at, String expected, JsonNode found) {
        problems.wrongKind(at, "expected " + expected + found(found));
        throw new Wrong();
    }

    private static String found(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            return ", found the text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (node.isNumber()) {
            return ", found " + node.asText();
        }
        if (node.isBoolean()) {
            return ", found " + node.asText();
        }
        if (node.isArray()) {
            return ", found a list [ … ]";
        }
        return node.isObject() ? ", found an object { … }" : ", found null";
    }
}

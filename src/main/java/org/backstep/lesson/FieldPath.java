package org.backstep.lesson;

import java.util.ArrayList;
import java.util.List;

/** A path into a JSON document, from field names and array indexes: {@code network.layers[1].units}. */
record FieldPath(List<Object> segments) {
    static final FieldPath ROOT = new FieldPath(List.of());

    FieldPath {
        segments = List.copyOf(segments);
    }

    FieldPath field(String name) {
        List<Object> next = new ArrayList<>(segments);
        next.add(name);
        return new FieldPath(next);
    }

    FieldPath index(int i) {
        List<Object> next = new ArrayList<>(segments);
        next.add(i);
        return new FieldPath(next);
    }

    FieldPath parent() {
        return segments.isEmpty() ? this : new FieldPath(segments.subList(0, segments.size() - 1));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer) {
                sb.append('[').append(s).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(s);
            }
        }
        return sb.toString();
    }
}

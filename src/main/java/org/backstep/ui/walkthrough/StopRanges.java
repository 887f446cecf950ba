package org.backstep.ui.walkthrough;

import java.util.List;

/** Stop numbers as a reader writes them: one-based, runs shortened ("2–4, 6, 9"). */
final class StopRanges {
    private StopRanges() {
    }

    /** {@code indices}: zero-based stop indices in increasing order. */
    static String of(List<Integer> indices) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < indices.size()) {
            int start = indices.get(i);
            int end = start;
            while (i + 1 < indices.size() && indices.get(i + 1) == end + 1) {
                end = indices.get(++i);
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(start + 1);
            if (end > start) {
                out.append(end == start + 1 ? ", " : "–").append(end + 1);
            }
            i++;
        }
        return out.toString();
    }
}

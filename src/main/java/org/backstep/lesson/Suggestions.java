package org.backstep.lesson;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean …?": the allowed name nearest to a typo, when it is near enough to be what was
 * meant. Nearness is the number of letters to add, drop, change or swap with a neighbour
 * (so "tahn" is one from "tanh"), capitals aside; a short name may be one off, a longer one two.
 */
final class Suggestions {
    private Suggestions() {
    }

    /** The nearest of {@code allowed} to {@code typed}, or null when none is near or two are equally near. */
    static String nearest(String typed, Collection<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        String t = typed.toLowerCase(Locale.ROOT);
        for (String name : allowed) {
            int d = distance(t, name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        int near = typed.length() <= 4 ? 1 : 2;
        return best != null && !tie && bestDistance <= near && !best.equals(typed) ? best : null;
    }

    /**
     * {@code unknown activation "tahn"; did you mean "tanh"? (allowed: relu, …)}, or without a
     * near name {@code unknown activation "rectifier"; allowed: relu, …}.
     *
     * @param what    what was named: "activation", "field"
     * @param allowed the names allowed, in the order they are listed
     * @param label   how the list is introduced: "allowed", "allowed here"
     */
    static String unknown(String what, String typed, List<String> allowed, String label) {
        String nearest = nearest(typed, allowed);
        String list = String.join(", ", allowed);
        return "unknown " + what + " \"" + typed + "\"" + (nearest == null ? "; " + label + ": " + list
                : "; did you mean \"" + nearest + "\"? (" + label + ": " + list + ")");
    }

    /** Edits from {@code a} to {@code b}, a swap of two neighbours counting as one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

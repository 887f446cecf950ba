package org.backstep.ui.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A narration's Markdown-like marks ({@code **bold**}, {@code *italics*}, {@code $maths$}) taken
 * apart into runs, so the PDF can set the words in its font and typeset the maths.
 */
final class Runs {
    /** One piece of a narration: words with their emphasis, or a formula in TeX. */
    record Run(String text, boolean bold, boolean italic, boolean maths) {
    }

    private static final Pattern MATHS = Pattern.compile("\\$([^$]+)\\$");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*");

    private Runs() {
    }

    static List<Run> of(String narration) {
        List<Run> runs = new ArrayList<>();
        Matcher maths = MATHS.matcher(narration);
        int at = 0;
        while (maths.find()) {
            words(narration.substring(at, maths.start()), runs);
            runs.add(new Run(maths.group(1), false, false, true));
            at = maths.end();
        }
        words(narration.substring(at), runs);
        return runs;
    }

    private static void words(String text, List<Run> runs) {
        Matcher m = EMPHASIS.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                runs.add(new Run(text.substring(at, m.start()), false, false, false));
            }
            boolean bold = m.group(1) != null;
            runs.add(new Run(bold ? m.group(1) : m.group(2), bold, !bold, false));
            at = m.end();
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false, false, false));
        }
    }
}

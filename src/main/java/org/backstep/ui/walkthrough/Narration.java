package org.backstep.ui.walkthrough;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backstep.ui.kit.Texts;

/**
 * Turns a stop's Markdown-like narration into the HTML a Swing label shows: {@code **bold**},
 * {@code *italics*}, and {@code $maths$} set in italics with the common TeX commands written as
 * the symbols they stand for (a narration's maths is short; the maths panel typesets the real
 * equations).
 */
public final class Narration {
    private static final Pattern MATHS = Pattern.compile("\\$([^$]+)\\$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("\\*(.+?)\\*");
    private static final Pattern FRACTION = Pattern.compile("\\\\frac\\{([^{}]*)\\}\\{([^{}]*)\\}");
    private static final Pattern SUB = Pattern.compile("_\\{([^{}]*)\\}|_([A-Za-z0-9])");
    /** A space next to an operator in running text: kept, but never a place to break the line. */
    private static final Pattern OPERATOR_SPACE = Pattern.compile(" (?=(?::=|[=×·+−≈≤≥→])(?: |$))|(?<=(?:^| )(?::=|[=×·+−≈≤≥→])) ");
    private static final Pattern SUP = Pattern.compile("\\^\\{([^{}]*)\\}|\\^([A-Za-z0-9])");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("\\partial", "∂"), Map.entry("\\sigma", "σ"), Map.entry("\\eta", "η"),
            Map.entry("\\cdot", "·"), Map.entry("\\times", "×"), Map.entry("\\sum", "Σ"),
            Map.entry("\\hat y", "ŷ"), Map.entry("\\log", "log"), Map.entry("\\max", "max"),
            Map.entry("\\le", "≤"), Map.entry("\\ge", "≥"), Map.entry("\\approx", "≈"),
            Map.entry("\\alpha", "α"), Map.entry("\\delta", "δ"), Map.entry("\\to", "→"),
            Map.entry("\\tanh", "tanh"), Map.entry("\\exp", "exp"), Map.entry("\\min", "min"));

    private Narration() {
    }

    /** The narration as HTML for a label (without the surrounding html tags). */
    public static String toHtml(String text) {
        String escaped = Texts.escapeHtml(text);
        StringBuilder out = new StringBuilder();
        Matcher maths = MATHS.matcher(escaped);
        int at = 0;
        while (maths.find()) {
            out.append(emphasis(escaped.substring(at, maths.start())));
            // A formula is not broken across lines: its spaces do not wrap, and neither do the
            // edges of its subscripts and superscripts, where Swing would otherwise break a
            // formula too long for the rest of the line ("(1 - w₁ w₂" above, "²" below).
            out.append("<i style=\"white-space: nowrap\">").append(maths(maths.group(1)).replace(" ", "&nbsp;"))
                    .append("</i>");
            at = maths.end();
        }
        out.append(emphasis(escaped.substring(at)));
        return out.toString().replace("\n\n", "<br><br>");
    }

    /**
     * The narration as a screen reader should get it: the same words and symbols as on screen,
     * without Markdown marks, TeX commands or HTML tags.
     */
    static String toSpeech(String text) {
        String html = toHtml(text).replace("<br><br>", " ").replace("<sup>", "^");
        return Texts.plainText(html).replace('\n', ' ').replaceAll(" {2,}", " ").trim();
    }

    private static String emphasis(String text) {
        String glued = OPERATOR_SPACE.matcher(text).replaceAll("&nbsp;");
        String bold = BOLD.matcher(glued).replaceAll("<b>$1</b>");
        return ITALIC.matcher(bold).replaceAll("<i>$1</i>");
    }

    static String maths(String tex) {
        String s = tex;
        // Longest names first, so \hat y is not read as \hat followed by y.
        for (String name : SYMBOLS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            s = s.replace(name, SYMBOLS.get(name));
        }
        s = FRACTION.matcher(s).replaceAll("$1/$2");
        s = SUB.matcher(s).replaceAll(m -> "<sub>" + Matcher.quoteReplacement(first(m)) + "</sub>");
        s = SUP.matcher(s).replaceAll(m -> "<sup>" + Matcher.quoteReplacement(first(m)) + "</sup>");
        return s.replace("\\,", " ").replace("{", "").replace("}", "");
    }

    private static String first(java.util.regex.MatchResult m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}

package org.backstep.lesson.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds wording that only works in the app, which a printed sheet cannot follow: hover, click,
 * double-click, drag and press, in English, Spanish and German. Every language's words are looked
 * for in every text, since an untranslated stop keeps the lesson's own language.
 *
 * <p>The patterns are narrow on purpose. German "ziehen" also means drawing a line or taking a
 * number away ("ziehe 0,05 ab"), and Spanish "arrastrar" carrying a factor along, so only their
 * forms with an object to move count.
 */
public final class AppWording {
    private static final Pattern WORDS = Pattern.compile(String.join("|",
            // English
            "\\bhover(s|ing)?\\b", "\\bmouse\\b", "\\bdouble[- ]click(s|ing)?\\b", "\\bclick(s|ing)?\\b",
            "\\bdrag(s|ging)?\\b", "\\bpress(es|ing)?\\b",
            // Spanish
            "\\bpasa(r)? el (ratón|puntero|cursor)\\b", "\\bratón\\b", "\\bdoble clic\\b", "\\bclic\\b",
            "\\barrastr(a|e|ar)\\s+(el|la|los|las|un|una)\\s+(nodo|punto|control|regulador|deslizador|barra)",
            "\\bpulsa(r)?\\b", "\\bpulse\\b", "\\bpresiona(r)?\\b",
            // German
            "\\bmaus\\w*", "\\bdoppelklick\\w*", "\\bklick\\w*", "\\bzieh(e|en)? (den|die|das) (knoten|punkt|regler|schieber)\\w*",
            "\\bdrück(e|en|st)?\\b"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
            | Pattern.UNICODE_CHARACTER_CLASS);

    private AppWording() {
    }

    /** The app-only words in {@code text}, as written there, in order; empty when it reads well on paper. */
    public static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (found.stream().noneMatch(w -> w.toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT)))) {
                found.add(word);
            }
        }
        return found;
    }
}

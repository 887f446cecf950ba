package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a student reads comes from the resource bundle, so that the window can be translated:
 * no text literal is handed to a Swing component in the window's code, and every key the code
 * names literally exists in the bundle.
 */
class UiTextTest {
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/org/backstep/ui"),
            Path.of("src/main/java/org/backstep/app"));
    /** Calls that put text on the screen or into the accessibility tree, with a literal first argument. */
    private static final Pattern SHOWN = Pattern.compile("(setText|setToolTipText|setTitle|setAccessibleName"
            + "|setAccessibleDescription|showMessageDialog|showConfirmDialog|drawString|createTitledBorder"
            + "|new J(Label|Button|MenuItem|Menu|CheckBox|RadioButton|ToggleButton))\\((?:[^\"()]*,\\s*)?\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A key written out whole (a prefix joined to a name at run time is not checked here). */
    private static final Pattern KEY = Pattern.compile("texts(?:\\(\\))?\\.(?:get|format)\\(\"([^\"]+)\"\\s*[,)]");

    private static Properties englishTexts() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/org/backstep/ui/messages.properties"))) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return bundle;
    }

    private static List<Path> javaFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void noWordsAreWrittenIntoTheWindowsCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = SHOWN.matcher(lines.get(i));
                while (m.find()) {
                    // Markup around bundle text is fine; words are not.
                    String words = m.group(3).replaceAll("<[^>]*>", "").replaceAll("&[a-z]+;", "");
                    if (words.matches(".*\\p{L}.*")) {
                        found.add(file + ":" + (i + 1) + ": \"" + m.group(3) + "\"");
                    }
                }
            }
        }
        assertThat(found).as("text literals shown to the user instead of bundle keys").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Properties bundle = englishTexts();
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (Path file : javaFiles()) {
            Matcher m = KEY.matcher(Files.readString(file));
            while (m.find()) {
                named++;
                if (!bundle.containsKey(m.group(1))) {
                    missing.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(named).as("keys named in the code").isGreaterThan(50);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCommandHasItsTexts() throws IOException {
        Properties bundle = englishTexts();
        List<String> missing = new ArrayList<>();
        for (org.backstep.ui.kit.Command c : org.backstep.ui.kit.Command.values()) {
            List<String> keys = c.where() == org.backstep.ui.kit.Command.Where.MENU ? List.of(c.key())
                    : c.icon() != null ? List.of(c.key() + ".name", c.key() + ".tip")
                    : List.of(c.key() + ".name", c.key() + ".tip", c.key() + ".text");
            keys.stream().filter(k -> !bundle.containsKey(k)).forEach(missing::add);
        }
        assertThat(missing).as("texts of the window's commands").isEmpty();
    }

    @Test
    void theCheckFindsAWordWhereOneIsWritten() {
        Matcher m = SHOWN.matcher("label.setText(\"<html>Hello</html>\");");
        assertThat(m.find()).isTrue();
        assertThat(m.group(3).replaceAll("<[^>]*>", "")).isEqualTo("Hello");
        assertThat(SHOWN.matcher("label.setText(\"<html>\" + Texts.get(\"x\") + \"</html>\");").find()).isTrue();
        assertThat(SHOWN.matcher("label.setText(\"<html>\" + Texts.get(\"x\") + \"</html>\");").results()
                .map(r -> r.group(3).replaceAll("<[^>]*>", "")).allMatch(String::isEmpty)).isTrue();
    }
}

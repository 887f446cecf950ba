package org.backstep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backstep.ui.kit.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every shipped language has every text of the window: no key missing (a student would read
 * "!key!"), none left over, the same placeholders (a number that vanishes from a sentence), text
 * that MessageFormat can read, and menu letters that occur in the menu's own word.
 */
class LanguageBundlesTest {
    private static final Path DIR = Path.of("src/main/resources/org/backstep/ui");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(DIR.resolve(file)), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "de"})
    void everyTextOfTheWindowIsTranslated(String language) throws IOException {
        assertThat(Texts.LANGUAGES).contains(language);
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + language + ".properties");
        assertThat(new TreeSet<>(translated.stringPropertyNames())).as("keys")
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));

        List<String> wrong = new ArrayList<>();
        int differ = 0;
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String text = translated.getProperty(key);
            if (!placeholders(en).equals(placeholders(text))) {
                wrong.add(key + ": placeholders " + placeholders(text) + " instead of " + placeholders(en));
            }
            try {
                new MessageFormat(text);
            } catch (IllegalArgumentException e) {
                wrong.add(key + ": " + e.getMessage());
            }
            if (text.isBlank()) {
                wrong.add(key + ": empty");
            }
            differ += text.equals(en) ? 0 : 1;
        }
        assertThat(wrong).isEmpty();
        assertThat(differ).as("texts that differ from the English (names like ReLU stay)")
                .isGreaterThan(english.size() * 8 / 10);
        for (String key : translated.stringPropertyNames()) {
            if (key.endsWith(".mnemonic")) {
                String control = key.substring(0, key.length() - ".mnemonic".length());
                String text = translated.getProperty(control, translated.getProperty(control + ".text"));
                assertThat(text.toLowerCase()).as(control + "'s letter")
                        .contains(translated.getProperty(key).toLowerCase());
            }
        }
        for (String tag : Texts.LANGUAGES) {
            assertThat(translated.getProperty("language.name." + tag)).as("each language is named in itself")
                    .isEqualTo(english.getProperty("language.name." + tag));
        }
    }
}

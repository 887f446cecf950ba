package org.backstep.ui.kit;

import org.backstep.lesson.ProgressStore;
import org.backstep.ui.settings.Settings;
import org.backstep.ui.theme.Appearance;

/**
 * A window context as every test gets it: settings of its own (nothing left from another test,
 * nothing written to the user's), the system's language (English in the test runs), the light
 * theme at 100 %, and the test run's progress folder.
 */
public final class TestContexts {
    private TestContexts() {
    }

    public static UiContext fresh() {
        return in("");
    }

    /** A fresh context with its texts in {@code language}. */
    public static UiContext in(String language) {
        Settings settings = Settings.inMemory();
        return UiContext.of(settings, Texts.in(language), Appearance.plain(settings), ProgressStore.forUser());
    }
}

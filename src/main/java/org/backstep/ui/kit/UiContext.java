package org.backstep.ui.kit;

import org.backstep.lesson.ProgressStore;
import org.backstep.ui.settings.Settings;
import org.backstep.ui.theme.Appearance;

/**
 * What every part of one window shares, handed to each when it is built instead of kept in
 * statics: the user's settings, the texts in the window's language, the window's appearance, where
 * lesson progress is saved, and the window's screen-reader announcer. Two windows in one program
 * (a language switch builds the window again) each have their own.
 */
public record UiContext(Settings settings, Texts texts, Appearance appearance, ProgressStore progress,
                        Announcer announcer, Commands commands) {

    /** The user's own: remembered settings, language and appearance, and their progress folder. */
    public static UiContext forUser() {
        Settings settings = Settings.forUser();
        return of(settings, Texts.chosenIn(settings), Appearance.saved(settings), ProgressStore.forUser());
    }

    /** A context for one window, with its own announcer and commands. */
    public static UiContext of(Settings settings, Texts texts, Appearance appearance, ProgressStore progress) {
        return new UiContext(settings, texts, appearance, progress, new Announcer(), new Commands(texts, appearance));
    }

    /** The same settings, appearance and progress, with the texts in another language, for a new window. */
    public UiContext withTexts(Texts other) {
        return of(settings, other, appearance, progress);
    }
}

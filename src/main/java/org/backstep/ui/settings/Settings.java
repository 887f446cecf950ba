package org.backstep.ui.settings;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.Preferences;

/**
 * The user's remembered choices (theme, zoom, language, whether the lesson list was shown): the
 * Java preferences node {@code org/backstep/ui}, or the node {@code -Dbackstep.prefs} names (a
 * lab's own). Tests use {@link #inMemory()}, so no window of one test sees another's choices.
 */
public final class Settings {
    private final Preferences node;
    private final Map<String, String> memory;

    private Settings(Preferences node, Map<String, String> memory) {
        this.node = node;
        this.memory = memory;
    }

    /** This user's settings. */
    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node(System.getProperty("backstep.prefs", "org/backstep/ui")), null);
    }

    /** Settings kept only while this object lives. */
    public static Settings inMemory() {
        return new Settings(null, new HashMap<>());
    }

    public String get(String key, String fallback) {
        return node != null ? node.get(key, fallback) : memory.getOrDefault(key, fallback);
    }

    public void put(String key, String value) {
        if (node != null) {
            node.put(key, value);
        } else {
            memory.put(key, value);
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        return Boolean.parseBoolean(get(key, Boolean.toString(fallback)));
    }

    public void putBoolean(String key, boolean value) {
        put(key, Boolean.toString(value));
    }

    public float getFloat(String key, float fallback) {
        try {
            return Float.parseFloat(get(key, Float.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void putFloat(String key, float value) {
        put(key, Float.toString(value));
    }
}

package org.backstep.ui.settings;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;

/**
 * The user's remembered choices (theme, zoom, language, whether the lesson list was shown, the
 * student's name for results, the teacher's lesson folders, the last folders chosen): the
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

    /** The name the student typed when they last exported their results, or "". */
    public String studentName() {
        return get("studentName", "");
    }

    public void rememberStudentName(String name) {
        put("studentName", name.strip());
    }

    /** The folders of lessons the teacher added, in the order added (also those not plugged in now). */
    public List<String> lessonFolders() {
        return lines("lessonFolders");
    }

    public void rememberLessonFolders(List<String> folders) {
        put("lessonFolders", String.join("\n", folders.stream().distinct().toList()));
    }

    /** The folder last chosen for {@code purpose} ("results", "classResults"), or "" for none yet. */
    public String lastFolder(String purpose) {
        return get("folder." + purpose, "");
    }

    public void rememberFolder(String purpose, String folder) {
        put("folder." + purpose, folder);
    }

    /** A list kept one item a line (no folder name holds a line break). */
    private List<String> lines(String key) {
        return Arrays.stream(get(key, "").split("\n")).filter(s -> !s.isBlank()).toList();
    }
}

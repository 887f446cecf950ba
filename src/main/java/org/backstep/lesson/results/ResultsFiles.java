package org.backstep.lesson.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import org.backstep.lesson.AtomicWrite;

/**
 * Where a student's results go in the folder they chose (a USB stick, a shared folder): one file
 * per student and lesson, named after both, {@code Ana María - seed-2-3-1.results.json}. Writing
 * again replaces the student's own file in one step; a file of another student that happens to
 * get the same name is never touched: the new one gets a number, {@code … (2).results.json}.
 */
public final class ResultsFiles {
    /** The end of every results file's name. */
    public static final String SUFFIX = ".results.json";
    /** Name characters kept from the student's name: short enough for any stick, long enough to tell students apart. */
    static final int NAME_LENGTH = 60;
    private static final int MAX_NUMBER = 999;
    /** Characters FAT, exFAT and NTFS refuse in a name. */
    private static final String FORBIDDEN = ":\\/*?\"<>|";

    private ResultsFiles() {
    }

    /** The folder is not there (a stick taken out, a share not mounted). */
    public static final class FolderMissing extends NoSuchFileException {
        public FolderMissing(Path folder) {
            super(folder.toString());
        }
    }

    /**
     * Writes {@code results} into {@code folder} and returns the file written: the student's own
     * earlier file of this lesson when there is one, else the first free name.
     */
    public static Path export(Path folder, StudentResults results) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new FolderMissing(folder);
        }
        String base = safeName(results.student()) + " - " + safeName(results.lessonId());
        // Names as a stick compares them, whatever the file system here does: "ana" is "Ana".
        java.util.Map<String, Path> present = new java.util.HashMap<>();
        try (java.util.stream.Stream<Path> list = Files.list(folder)) {
            list.forEach(p -> present.put(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
        }
        for (int n = 1; n <= MAX_NUMBER; n++) {
            String name = base + (n == 1 ? "" : " (" + n + ")") + SUFFIX;
            Path existing = present.get(name.toLowerCase(Locale.ROOT));
            if (existing == null || isOwnedBy(existing, results)) {
                Path file = existing != null ? existing : folder.resolve(name);
                AtomicWrite.replace(file, ResultsJson.write(results));
                return file;
            }
        }
        throw new IOException("more than " + MAX_NUMBER + " students named \"" + base + "\" in " + folder);
    }

    /** Whether {@code file} is this student's results of this lesson (so it may be replaced). */
    private static boolean isOwnedBy(Path file, StudentResults results) {
        try {
            if (Files.size(file) > ResultsJson.MAX_BYTES) {
                return false;
            }
            String[] owner = ResultsJson.owner(Files.readAllBytes(file));
            return owner != null && sameName(owner[0], results.student()) && owner[1].equals(results.lessonId());
        } catch (IOException e) {
            // Unreadable: not replaced, in case it is someone's.
            return false;
        }
    }

    /** The same person as typed twice: case, accents' encoding and extra spaces aside. */
    static boolean sameName(String a, String b) {
        return tidy(a).toLowerCase(Locale.ROOT).equals(tidy(b).toLowerCase(Locale.ROOT));
    }

    /**
     * {@code text} as part of a file name on a FAT, exFAT or NTFS stick: characters those refuse,
     * control and invisible characters become {@code _}; runs of spaces one space; no dot or space
     * at either end (Windows drops a trailing one, a leading dot hides the file elsewhere); at most
     * {@link #NAME_LENGTH} characters. Accents stay: all three store names in Unicode, and
     * "José" and "Jose" may be two students.
     */
    public static String safeName(String text) {
        String tidy = tidy(text);
        StringBuilder safe = new StringBuilder();
        tidy.codePoints().forEach(c -> safe.appendCodePoint(allowed(c) ? c : '_'));
        String name = safe.toString();
        if (name.codePointCount(0, name.length()) > NAME_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, NAME_LENGTH));
        }
        name = name.replaceAll("^[. ]+|[. ]+$", "");
        return name.isEmpty() ? "_" : name;
    }

    private static String tidy(String text) {
        // Composed accents (macOS hands out decomposed ones) and one space between words.
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    private static boolean allowed(int c) {
        if (FORBIDDEN.indexOf(c) >= 0) {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED && type != Character.SURROGATE;
    }
}

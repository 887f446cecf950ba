package org.backstep.engine;

import java.util.List;

/**
 * Something a lesson file names by a word of its own ("relu", "bce", "sgd"): activations, losses
 * and kinds of optimizer are looked up and listed the same way.
 */
public interface FileNamed {
    /** The word a lesson file uses. */
    String fileName();

    /** The one of {@code all} named {@code name}, or null. */
    static <T extends FileNamed> T find(List<T> all, String name) {
        for (T t : all) {
            if (t.fileName().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** Their names for a message, in order: "relu, leaky_relu, sigmoid". */
    static String names(List<? extends FileNamed> all) {
        return String.join(", ", all.stream().map(FileNamed::fileName).toList());
    }
}

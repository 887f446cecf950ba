package org.backstep.engine;

import java.util.Locale;

/** The four parts of one training step, in the order they run. */
public enum Phase {
    FORWARD, LOSS, BACKWARD, UPDATE;

    /** The lower-case name used in files and on the command line. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Phase fromFileName(String name) {
        for (Phase p : values()) {
            if (p.fileName().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown phase \"" + name + "\"; allowed: forward, loss, backward, update");
    }
}

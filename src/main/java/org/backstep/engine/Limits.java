package org.backstep.engine;

/**
 * The largest lessons and runs Backstep takes, in one place: the lesson validator, the command
 * line and the window all check against these, so a lesson the window accepts is one a file may
 * hold and the other way round. They bound the memory of a recorded step on a lab machine.
 */
public final class Limits {
    public static final int MAX_INPUTS = 1024;
    public static final int MAX_UNITS = 1024;
    public static final int MAX_LAYERS = 32;
    public static final int MAX_PARAMETERS = 1_000_000;
    public static final int MAX_SAMPLES = 100_000;
    /** Numbers one recorded step keeps per sample times samples: bounds the memory of a step. */
    public static final long MAX_STEP_NUMBERS = 20_000_000L;
    /** Epochs of one training run (0 trains nothing and only shows the first step). */
    public static final int MAX_EPOCHS = 1_000_000;
    /** The largest learning rate: beyond it every lesson diverges at once. */
    public static final double MAX_LEARNING_RATE = 100.0;
    /**
     * A value beyond this (about 1.34e154) is too large for training to go on with: its square no
     * longer fits a double, so a squared error or a product of two such numbers is infinite. Where
     * a diverging run's numbers first pass it, or stop being numbers, is where the run broke.
     */
    public static final double TOO_LARGE = Math.sqrt(Double.MAX_VALUE);

    private Limits() {
    }

    /** Whether {@code epochs} is a number of epochs a lesson or a run may ask for. */
    public static boolean epochsAllowed(int epochs) {
        return epochs >= 0 && epochs <= MAX_EPOCHS;
    }

    /** What {@link #epochsAllowed} asks for, as a message ends: "must be …". */
    public static String epochsRule() {
        return "must be from 0 to " + MAX_EPOCHS;
    }
}

package org.backstep.lesson;

import java.util.List;

/**
 * The lesson file exactly as written, bound by Jackson before any check. Every field is nullable
 * here; {@link LessonValidator} says which are required and what values they may take.
 */
record LessonFile(String format, String id, String title, List<String> goals, Integer minutes, NetworkFile network,
                  List<SampleFile> data, TrainingFile training, List<StopFile> walkthrough) {

    record NetworkFile(List<String> inputs, List<LayerFile> layers, String loss, InitFile init) {
    }

    record LayerFile(Integer units, String activation, List<String> names, double[][] weights, double[] biases,
                     Boolean trainBias) {
    }

    record InitFile(Long seed) {
    }

    record SampleFile(double[] x, double[] y) {
    }

    record TrainingFile(String optimizer, Double learningRate, Integer epochs) {
    }

    /** A walkthrough stop (format 2): where, what to say, and at most one question. */
    record StopFile(SelectorFile at, String say, PredictFile predict, ChoiceFile choice) {
    }

    record SelectorFile(String phase, String quantity, String equation, Integer occurrence) {
    }

    record PredictFile(Double tolerance, String hint) {
    }

    record ChoiceFile(String prompt, List<String> options, Integer answer, String explain) {
    }
}

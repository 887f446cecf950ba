package org.backstep.lesson;

import java.util.List;

/**
 * The lesson file exactly as written, bound by Jackson before any check. Every field is nullable
 * here; {@link LessonValidator} says which are required and what values they may take.
 */
record LessonFile(String format, String id, String title, NetworkFile network, List<SampleFile> data,
                  TrainingFile training) {

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
}

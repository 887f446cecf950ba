package org.backstep.lesson;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/**
 * The lesson file exactly as written, bound by Jackson before any check. Every field is nullable
 * here; {@link LessonValidator} says which are required and what values they may take.
 */
record LessonFile(String format, String id, String title, List<String> goals, Integer minutes, NetworkFile network,
                  List<SampleFile> data, TrainingFile training, List<StopFile> walkthrough, String language,
                  Map<String, TranslationFile> translations) {

    record NetworkFile(List<String> inputs, List<LayerFile> layers, String loss, InitFile init) {
    }

    record LayerFile(Integer units, String activation, List<String> names, double[][] weights, double[] biases,
                     Boolean trainBias) {
    }

    record InitFile(Long seed) {
    }

    record SampleFile(double[] x, double[] y) {
    }

    /**
     * The training object. The optimizer's own settings ({@code learningRate}, …) are gathered by
     * name, so that an optimizer's settings are its own business (see {@code TrainingValidator}).
     */
    record TrainingFile(String optimizer, Integer epochs, Integer batchSize, Boolean shuffle,
                        @JsonAnySetter Map<String, Double> settings) {
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

    /** The lesson's texts in another language (format 2); stops align with the walkthrough's. */
    record TranslationFile(String title, List<String> goals, List<StopTextFile> walkthrough) {
    }

    record StopTextFile(String say, String hint, String prompt, List<String> options, String explain) {
    }
}

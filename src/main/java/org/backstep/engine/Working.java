package org.backstep.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What one event combined, with the numbers it read: a product, a sum of terms, a running sum so
 * far, an activation applied to a value, a loss, an update. Built once per event from the replay
 * state ({@link Workings}), then written three ways without being taken apart again: as the
 * substituted line of the maths panel and the trace ({@link WorkingText}), and in words for a
 * screen reader (the window's {@code StepWords}).
 */
public sealed interface Working {

    /** A number in the working: a quantity the event read, or a constant such as the learning rate. */
    sealed interface Value extends Working permits Read, Constant {
        double value();
    }

    /** A quantity the event read: its slot (see {@link Quantities}) and the value it had then. */
    record Read(int slot, double value) implements Value {
        @Override
        public <T> T accept(Visitor<T> visitor) { return visitor.read(this); }
    }

    /** A number that is not a quantity of the step: the learning rate, a slope constant. */
    record Constant(double value) implements Value {
        @Override
        public <T> T accept(Visitor<T> visitor) { return visitor.constant(this); }
    }

    /** {@code left · right}. */
    record Product(Working left, Working right) implements Working {
        @Override
        public <T> T accept(Visitor<T> visitor) { return visitor.product(this); }
    }

    /** Terms added in order. */
    record Sum(List<Working> terms) implements Working {
        @Override
        public <T> T accept(Visitor<T> visitor) { return visitor.sum(this); }
        public Sum {
            terms = List.copyOf(terms);
        }
    }

    /** A sum over samples: the sum so far, plus this sample's part. */
    record SoFar(Read sum, Working part) implements Working {
        @Override
        public <T> T accept(Visitor<T> visitor) { return visitor.soFar(this); }
    }

    /** A value passed on as it is (a bias's gradient is its unit's δ). */
    record Same(Read value) implements Working {
        @Override
        public <T> T accept(Visitor<T> visitor) { return visitor.same(this); }
    }

    /** {@code (numerator/denominator)·body}: the mean a loss takes over samples and outputs. */
    record Scaled(int numerator, int denominator, Working body) implements Working {
        @Override
        public <T> T accept(Visitor<T> visitor) { return visitor.scaled(this); }
    }

    /**
     * An operation's own formula (an activation, a loss term, an update rule) applied to numbers;
     * the operation writes it itself through its {@link Form}.
     */
    record Formula(Form form, List<Value> arguments) implements Working {
        @Override
        public <T> T accept(Visitor<T> visitor) { return visitor.formula(this); }
        public Formula {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * How an operation writes its own formula. Text uses {@link Numbers}' digits and '.' decimals;
     * {@link #words} names the spoken sentence, whose wording each language's texts hold under
     * {@code speech.<words>} with the arguments in order as {@code {0}}, {@code {1}}, ….
     */
    interface Form {
        /** The formula with the numbers substituted, e.g. {@code max(0, 0.46)}. */
        String text(List<Value> arguments);

        /** The key of the spoken sentence for these numbers (which may depend on them: a gate open or closed). */
        String words(List<Value> arguments);

        /** Whether the text needs parentheses when it is scaled: it is itself a sum. */
        default boolean compound() {
            return false;
        }

        /** A form written by {@code text} and said by {@code words}; {@code compound} as {@link #compound}. */
        static Form of(java.util.function.Function<List<Value>, String> text,
                       java.util.function.Function<List<Value>, String> words, boolean compound) {
            return new Form() {
                @Override
                public String text(List<Value> arguments) {
                    return text.apply(arguments);
                }

                @Override
                public String words(List<Value> arguments) {
                    return words.apply(arguments);
                }

                @Override
                public boolean compound() {
                    return compound;
                }
            };
        }
    }

    /** Calls the method of {@code visitor} for this kind of working. */
    <T> T accept(Visitor<T> visitor);

    /** One method per kind of working, so that every way of writing a working handles every kind. */
    interface Visitor<T> {
        T read(Read read);

        T constant(Constant constant);

        T product(Product product);

        T sum(Sum sum);

        T soFar(SoFar soFar);

        T same(Same same);

        T scaled(Scaled scaled);

        T formula(Formula formula);
    }

    /** Every quantity the working read, in the order it reads them (the trace's operands). */
    default List<Read> reads() {
        List<Read> reads = new ArrayList<>();
        accept(new Visitor<Void>() {
            @Override
            public Void read(Read read) {
                reads.add(read);
                return null;
            }

            @Override
            public Void constant(Constant constant) {
                return null;
            }

            @Override
            public Void product(Product product) {
                product.left().accept(this);
                return product.right().accept(this);
            }

            @Override
            public Void sum(Sum sum) {
                sum.terms().forEach(t -> t.accept(this));
                return null;
            }

            @Override
            public Void soFar(SoFar soFar) {
                soFar.sum().accept(this);
                return soFar.part().accept(this);
            }

            @Override
            public Void same(Same same) {
                return same.value().accept(this);
            }

            @Override
            public Void scaled(Scaled scaled) {
                return scaled.body().accept(this);
            }

            @Override
            public Void formula(Formula formula) {
                formula.arguments().forEach(a -> a.accept(this));
                return null;
            }
        });
        return reads;
    }
}

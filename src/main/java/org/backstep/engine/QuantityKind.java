package org.backstep.engine;

/** What a quantity is; with the layer and unit it fixes the quantity's name, phase and equation. */
public enum QuantityKind {
    /** A weight or bias ({@code W2[0][1]}, {@code b1[0]}); written only by the update phase. */
    PARAMETER(Phase.UPDATE),
    /** The loss gradient of a parameter ({@code dL/dW2[0][1]}), summed over samples. */
    PARAMETER_GRADIENT(Phase.BACKWARD),
    /** A number the optimizer keeps for one parameter between updates; written by the update phase. */
    OPTIMIZER_STATE(Phase.UPDATE),
    /** The loss {@code L}, summed over samples as the loss phase runs. */
    LOSS(Phase.LOSS),
    /** An input of one sample ({@code x[0]}); given, never computed. */
    INPUT(null),
    /** A target of one sample ({@code y[0]}); given, never computed. */
    TARGET(null),
    /** A pre-activation of one sample ({@code z1[2]}). */
    PRE_ACTIVATION(Phase.FORWARD),
    /** An activation of one sample ({@code a1[2]}); in the last layer, the prediction ŷ. */
    ACTIVATION(Phase.FORWARD),
    /** dL/dz of one unit for one sample. */
    PRE_ACTIVATION_GRADIENT(Phase.BACKWARD),
    /** dL/da of one unit for one sample; in the last layer, dL/dŷ. */
    ACTIVATION_GRADIENT(Phase.BACKWARD);

    private final Phase writtenIn;

    QuantityKind(Phase writtenIn) {
        this.writtenIn = writtenIn;
    }

    /** The phase whose events write this kind of quantity, or null for given values. */
    public Phase writtenIn() {
        return writtenIn;
    }
}

package org.backstep.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;

/** Black background, white text, strong yellow highlights: for low vision and washed-out projectors. */
public final class BackstepHighContrastLaf extends FlatDarkLaf {
    public static final String NAME = "Backstep High Contrast";

    @Override
    public String getName() {
        return NAME;
    }
}

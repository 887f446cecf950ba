package org.backstep.ui;

import java.awt.Image;
import java.awt.Toolkit;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Backstep's icon for the window and the task bar, in the sizes drawn by
 * {@code installer/icon/DrawIcon.java} ({@code assets/icons}, copied into the jar by the build).
 */
final class AppIcon {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcon() {
    }

    /** Every size found; the toolkit decodes them only when the window system asks. */
    static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            URL url = AppIcon.class.getResource("icons/backstep-" + size + ".png");
            if (url != null) {
                images.add(Toolkit.getDefaultToolkit().createImage(url));
            }
        }
        return images;
    }
}

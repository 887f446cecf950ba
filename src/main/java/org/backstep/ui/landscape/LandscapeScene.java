package org.backstep.ui.landscape;

import org.backstep.replay.landscape.Landscape;

/**
 * A worked-out landscape ready to draw: the numbers, where each cell sits on the colour scale
 * (row by row from the bottom, see {@link LandscapeColours#positions}) and the window's names of
 * the two parameters. Whether the path is a training run's or the step's own
 * update changes what is said of it.
 */
record LandscapeScene(Landscape landscape, float[] positions, String acrossName, String upName, boolean ofRun) {
}

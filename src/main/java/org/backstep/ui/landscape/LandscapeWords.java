package org.backstep.ui.landscape;

import org.backstep.replay.landscape.LandscapePath;
import org.backstep.replay.landscape.LandscapeRange;
import org.backstep.replay.landscape.LossGrid;
import org.backstep.ui.kit.Texts;

/**
 * The landscape in words, for the line under it and for a screen reader: what is shown over what,
 * where it is lowest, where the path goes and where the marker stands.
 */
final class LandscapeWords {
    private final Texts texts;

    LandscapeWords(Texts texts) {
        this.texts = texts;
    }

    /** "w(x1→h1) = 0.5, w(h1→ŷ) = 0.7". */
    String point(LandscapeScene scene, double x, double y) {
        return texts.format("landscape.point", scene.acrossName(), texts.number(x, 3), scene.upName(),
                texts.number(y, 3));
    }

    /** The short line under the map: the lowest point and the marker. */
    String summary(LandscapeScene scene, double[] marker) {
        LossGrid grid = scene.landscape().grid();
        String lowest = Double.isNaN(grid.lowest()) ? texts.get("landscape.noFiniteLoss")
                : texts.format("landscape.lowest", texts.number(grid.lowest(), 3), point(scene, grid.lowestX(),
                grid.lowestY()));
        return lowest + " " + texts.format("landscape.marker", point(scene, marker[0], marker[1]));
    }

    /** Everything a screen reader says of the map. */
    String description(LandscapeScene scene, double[] marker) {
        LossGrid grid = scene.landscape().grid();
        LandscapeRange range = grid.range();
        StringBuilder sb = new StringBuilder(texts.format("landscape.describe.over", scene.acrossName(),
                texts.number(range.xMin(), 3), texts.number(range.xMax(), 3), scene.upName(),
                texts.number(range.yMin(), 3), texts.number(range.yMax(), 3)));
        if (!Double.isNaN(grid.lowest())) {
            sb.append(' ').append(texts.format("landscape.describe.lowest", texts.number(grid.lowest(), 3),
                    point(scene, grid.lowestX(), grid.lowestY()), texts.number(grid.highest(), 3)));
        }
        LandscapePath path = scene.landscape().path();
        if (!path.isEmpty()) {
            int last = path.size() - 1;
            String from = point(scene, path.xs()[0], path.ys()[0]);
            String to = point(scene, path.xs()[last], path.ys()[last]);
            sb.append(' ').append(scene.ofRun()
                    ? texts.format("landscape.describe.run", path.lastEpoch(), from, to)
                    : texts.format("landscape.describe.step", from, to));
        }
        sb.append(' ').append(texts.format("landscape.marker", point(scene, marker[0], marker[1])));
        String clipped = clipped(scene);
        if (clipped != null) {
            sb.append(' ').append(clipped);
        }
        return sb.toString();
    }

    /** What is said of cells whose loss is not a finite number, or null when there are none. */
    String clipped(LandscapeScene scene) {
        int n = scene.landscape().grid().nonFinite();
        return n == 0 ? null : texts.format("landscape.clipped", n);
    }
}

package org.backstep.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StopRangesTest {
    @Test
    void skippedStopsAreNumberedFromOneWithRunsShortened() {
        assertThat(StopRanges.of(List.of(1, 2, 3, 5, 6, 9))).isEqualTo("2–4, 6, 7, 10");
        assertThat(StopRanges.of(List.of(0))).isEqualTo("1");
        assertThat(StopRanges.of(List.of())).isEmpty();
    }
}

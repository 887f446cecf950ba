package org.backstep.lesson.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppWordingTest {

    @Test
    void findsWhatOnlyTheAppCanDoInEveryLanguage() {
        assertThat(AppWording.find("Hover over h1 to see its sum.")).containsExactly("Hover");
        assertThat(AppWording.find("Double-click h2 and give it a bias of 2.")).containsExactly("Double-click");
        assertThat(AppWording.find("Now press Compare, then click a point and drag the slider."))
                .containsExactly("press", "click", "drag");
        assertThat(AppWording.find("Pasa el ratón por encima de h1.")).containsExactly("Pasa el ratón");
        assertThat(AppWording.find("Haz doble clic en h2 y pulsa Comparar.")).containsExactly("doble clic", "pulsa");
        assertThat(AppWording.find("Arrastra el deslizador hasta el final.")).containsExactly("Arrastra el deslizador");
        assertThat(AppWording.find("Fahre mit der Maus über h1.")).containsExactly("Maus");
        assertThat(AppWording.find("Doppelklicke auf h2 und drücke Vergleichen.")).containsExactly("Doppelklicke", "drücke");
        assertThat(AppWording.find("Klicke auf einen Punkt der Kurve.")).containsExactly("Klicke");
    }

    @Test
    void leavesWordsThatOnlySoundLikeThemAlone() {
        // "ziehen" is also taking away and drawing a line; "arrastrar" also carrying a factor along.
        assertThat(AppWording.find("w startet bei 0; ziehe 0,05 mal den Gradienten von w ab.")).isEmpty();
        assertThat(AppWording.find("Versuch, eine einzige Gerade zu ziehen.")).isEmpty();
        assertThat(AppWording.find("Así su derivada no arrastra un factor 2 de más.")).isEmpty();
        assertThat(AppWording.find("The expression is impressive; pressure builds.")).isEmpty();
        assertThat(AppWording.find("Die Formel lässt sich so ausdrücken.")).isEmpty();
        assertThat(AppWording.find(null)).isEmpty();
    }
}

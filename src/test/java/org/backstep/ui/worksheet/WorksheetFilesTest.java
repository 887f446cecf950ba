package org.backstep.ui.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.backstep.lesson.worksheet.Flag;
import org.backstep.ui.kit.Texts;
import org.junit.jupiter.api.Test;

class WorksheetFilesTest {

    @Test
    void theKeyGoesBesideTheStudentsCopyAndTheExtensionFollowsTheFormat() {
        Path folder = Path.of("lab");
        assertThat(WorksheetFiles.studentPath(folder.resolve("seed"), SheetFormat.PDF)).isEqualTo(folder.resolve("seed.pdf"));
        assertThat(WorksheetFiles.studentPath(folder.resolve("Seed.PDF"), SheetFormat.PDF)).isEqualTo(folder.resolve("Seed.PDF"));
        assertThat(WorksheetFiles.studentPath(folder.resolve("week 3"), SheetFormat.HTML))
                .isEqualTo(folder.resolve("week 3.html"));
        assertThat(WorksheetFiles.keyPath(folder.resolve("seed.pdf"))).isEqualTo(folder.resolve("seed-key.pdf"));
        assertThat(WorksheetFiles.keyPath(folder.resolve("week.3.html"))).isEqualTo(folder.resolve("week.3-key.html"));
    }

    @Test
    void thePaperFollowsTheCountryUntilTheUserChooses() {
        assertThat(PaperSize.forLocale(Locale.forLanguageTag("en-US"))).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.forLocale(Locale.forLanguageTag("es-MX"))).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.forLocale(Locale.forLanguageTag("en-GB"))).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.forLocale(Locale.forLanguageTag("de-DE"))).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.forLocale(Locale.forLanguageTag("es"))).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.named("LETTER", PaperSize.A4)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.named("legal", PaperSize.A4)).isEqualTo(PaperSize.A4);
    }

    @Test
    void theAuthorIsToldWhichQuestionAndStopSayWhatOnlyTheAppCanDo() {
        String told = SheetWords.flags(Texts.in("en"), List.of(new Flag(2, 5, Flag.Kind.APP_ONLY_WORDING, "Hover, click")));
        assertThat(told).contains("Question 2 (stop 5)").contains("“Hover, click”").contains("paper");
        assertThat(SheetWords.flags(Texts.in("de"), List.of(new Flag(1, 1, Flag.Kind.NO_EVENT, "forward z9[0]"))))
                .contains("Frage 1 (Station 1)").contains("forward z9[0]");
    }
}

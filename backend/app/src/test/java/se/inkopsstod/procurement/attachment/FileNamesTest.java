package se.inkopsstod.procurement.attachment;

import org.junit.jupiter.api.Test;
import se.inkopsstod.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileNamesTest {

    @Test
    void theHeaderIsPercentEncodedUtf8AndThePathIsDropped() {
        assertThat(FileNames.of("F%C3%B6rfr%C3%A5gningsunderlag%20v2.pdf", null)).isEqualTo("Förfrågningsunderlag v2.pdf");
        assertThat(FileNames.of(null, "C:\\Users\\eva\\krav+bilaga.pdf")).isEqualTo("krav+bilaga.pdf");
        assertThat(FileNames.of("a+b.pdf", "ignored")).isEqualTo("a+b.pdf");
        assertThat(FileNames.of(null, "../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.of(null, "rapport\u202Efdp.exe")).isEqualTo("rapportfdp.exe");
    }

    @Test
    void aNameIsNeeded() {
        for (String bad : new String[]{"", "  ", "dir/", "..", "x".repeat(256)}) {
            assertThatThrownBy(() -> FileNames.of(null, bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> FileNames.of(null, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDispositionHasAPlainAndAnEncodedName() {
        assertThat(FileNames.contentDisposition("Förfrågan \"1\".pdf"))
                .isEqualTo("attachment; filename=\"F_rfr_gan _1_.pdf\"; filename*=UTF-8''F%C3%B6rfr%C3%A5gan%20%221%22.pdf");
    }
}

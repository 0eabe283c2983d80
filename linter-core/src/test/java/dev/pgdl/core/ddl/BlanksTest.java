package dev.pgdl.core.ddl;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlanksTest {

    @Test
    void eachRunOfBlanksBecomesOneSpace() {
        assertThat(Blanks.collapse("numeric (12,\n\t 2)")).isEqualTo("numeric (12, 2)");
        assertThat(Blanks.collapse("a\tb  c\r\n")).isEqualTo("a b c ");
    }

    @Test
    void textWithoutBlanksToCollapseIsReturnedAsItIs() {
        String written = "character varying(200)";
        assertThat(Blanks.collapse(written)).isSameAs(written);
    }

    @Test
    void theFirstWordEndsAtTheFirstBlank() {
        assertThat(Blanks.firstWord("shop_cd\tDESC")).isEqualTo("shop_cd");
        assertThat(Blanks.firstWord("shop_cd")).isEqualTo("shop_cd");
    }
}

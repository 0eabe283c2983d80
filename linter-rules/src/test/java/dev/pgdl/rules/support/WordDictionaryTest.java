package dev.pgdl.rules.support;

import dev.pgdl.core.spi.OptionException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordDictionaryTest {

    @Test
    void readsLogicalPhysicalPairsSkippingHeaderCommentsAndBlankLines() {
        WordDictionary dictionary = WordDictionary.parse("logical,physical\n# 商品マスタの単語\n\n商品,Item\r\nコード, cd\n");

        assertThat(dictionary.physicalWords()).containsExactly("item", "cd");
        assertThat(dictionary.knows("ITEM")).isTrue();
        assertThat(dictionary.logicalName(List.of("item", "cd", "x"))).isEqualTo("商品コードx");
    }

    @Test
    void aCompoundEntryOfOtherEntriesIsRefusedWithItsLine() {
        assertThatThrownBy(() -> WordDictionary.parse("商品,item\n一覧,list\n商品一覧,item_list\n"))
                .isInstanceOf(OptionException.class)
                .hasMessage("line 3: 商品一覧,item_list is a compound of the entries item and list; keep only single words"
                        + " (the NG pattern of 論物変換)");
        assertThat(WordDictionary.parse("単価,unit_price\n").knows("unit_price")).as("not a compound of entries").isTrue();
    }

    @Test
    void namesAreReadLongestEntryFirst() {
        WordDictionary dictionary = WordDictionary.parse("単価,unit_price\n商品,item\n");

        assertThat(dictionary.words("item_unit_price_x")).containsExactly("item", "unit_price", "x");
        assertThat(dictionary.logicalName(dictionary.words("item_unit_price"))).isEqualTo("商品単価");
    }

    @Test
    void aLineWithoutACommaIsRefusedWithItsLine() {
        assertThatThrownBy(() -> WordDictionary.parse("商品,item\n商品コード\n")).hasMessage(
                "line 2: expected logical,physical, found '商品コード'");
    }
}

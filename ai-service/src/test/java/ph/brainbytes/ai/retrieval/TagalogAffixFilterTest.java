package ph.brainbytes.ai.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagalogAffixFilterTest {

    @ParameterizedTest
    @CsvSource({
        "nabubuo, buo",
        "kasaysayan, saysay",
        "sinulat, sulat",
        "kumain, kain",
        "pinagsasama, sama",
        "naglalakad, lakad",
        "kalayaan, laya",
        // short words and loanwords are left alone
        "buo, buo",
        "potosintesis, potosintesis"
    })
    void peelsCommonAffixes(String word, String stem) {
        assertThat(TagalogAffixFilter.stem(word)).isEqualTo(stem);
    }
}

package org.dutylists.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dutylists.routing.thesaurus.Thesaurus;
import org.dutylists.routing.thesaurus.ThesaurusFormat;
import org.junit.jupiter.api.Test;

/** The thesaurus file format, as its header documents it, and how a request is read with it. */
class ThesaurusFormatTests {
    private static final String FILE = """
            # comment
            倒垃圾, 扔垃圾 => 倾倒垃圾, 生活垃圾
            低保, 最低生活保障
            找谁, 谁管 =>
            快递, 宽带 => OUTSIDE
            """;

    @Test
    void readsMappingsEquivalencesFillersAndOutsidePhrases() {
        List<ThesaurusFormat.Entry> entries = ThesaurusFormat.parse(FILE);

        assertThat(entries).extracting(ThesaurusFormat.Entry::line).containsExactly(2, 3, 4, 5);
        assertThat(entries.get(0).terms()).containsExactly("倾倒垃圾", "生活垃圾");
        assertThat(entries.get(1).equivalent()).isTrue();
        assertThat(entries.get(2).filler()).isTrue();
        ThesaurusFormat.Entry outside = entries.get(3);
        assertThat(outside.outside()).isTrue();
        assertThat(outside.filler()).isFalse();
        assertThat(outside.terms()).isEmpty();
    }

    @Test
    void marksOutsideMattersWithoutRemovingOrExpandingThem() {
        Thesaurus thesaurus = new Thesaurus(1, ThesaurusFormat.parse(FILE));

        Thesaurus.Application applied = thesaurus.apply(ThesaurusFormat.normalize("我的快递丢了找谁"));

        assertThat(applied.remainingText()).contains("快递").doesNotContain("找谁");
        assertThat(applied.terms()).isEmpty();
        assertThat(applied.hits()).filteredOn(Thesaurus.Hit::outside).extracting(Thesaurus.Hit::phrase)
                .containsExactly("快递");
    }

    @Test
    void namesTheLineOfASyntaxError() {
        assertThatThrownBy(() -> ThesaurusFormat.parse("低保, 最低生活保障\n => 倾倒垃圾\n"))
                .hasMessage("thesaurus line 2: no phrase before '=>'");
        assertThatThrownBy(() -> ThesaurusFormat.parse("低保\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> ThesaurusFormat.parse("快递 => outside\n"))
                .hasMessageStartingWith("thesaurus line 1: OUTSIDE marks outside phrases");
        assertThatThrownBy(() -> ThesaurusFormat.parse("快递 => OUTSIDE, 邮政\n")).hasMessageContaining("OUTSIDE");
    }
}

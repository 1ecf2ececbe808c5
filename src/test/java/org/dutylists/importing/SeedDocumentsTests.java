package org.dutylists.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dutylists.canonical.Category;
import org.dutylists.canonical.DutyList;
import org.dutylists.canonical.Item;
import org.dutylists.canonical.TownshipLists;
import org.dutylists.importing.validation.FindingCode;
import org.dutylists.importing.validation.Severity;
import org.dutylists.importing.validation.ValidationReport;
import org.dutylists.kernel.DutyKind;
import org.dutylists.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two official documents read whole: every list and category as declared, the township identified. */
class SeedDocumentsTests {

    @ParameterizedTest
    @CsvSource({
        "aohan-jinchanggouliang.txt, 150430106, 金厂沟梁镇, 敖汉旗, 100, 64, 91",
        "genhe-alongshan.txt,        150785102, 阿龙山镇,   根河市, 70,  47, 64"})
    void readsEveryListWithTheCountsItsHeadingsDeclare(String document, String id, String name, String county,
            int basic, int cooperative, int transferred) {
        DocumentReader.Reading reading = Seeds.read(document, Seeds.bytes(document));
        ValidationReport report = reading.report();

        assertThat(report.errors()).isEmpty();
        TownshipLists lists = reading.lists().orElseThrow();
        assertThat(lists.township().id()).isEqualTo(id);
        assertThat(lists.township().name()).isEqualTo(name);
        assertThat(lists.township().county().name()).isEqualTo(county);
        assertThat(Map.of(DutyKind.BASIC, count(lists, DutyKind.BASIC), DutyKind.COOPERATIVE,
                count(lists, DutyKind.COOPERATIVE), DutyKind.TRANSFERRED, count(lists, DutyKind.TRANSFERRED)))
                .isEqualTo(Map.of(DutyKind.BASIC, basic, DutyKind.COOPERATIVE, cooperative, DutyKind.TRANSFERRED,
                        transferred));
        for (DutyList list : lists.lists()) {
            assertThat(list.declaredCount()).isEqualTo(list.items().count());
            for (Category category : list.categories()) {
                assertThat(category.items()).as("%s %s", list.kind(), category.name())
                        .hasSize(category.declaredCount());
            }
            // Numbered 1..n across page breaks and repeated table headers, nothing lost or doubled.
            assertThat(list.items().map(Item::number).toList())
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, list.declaredCount()).boxed().toList());
        }
    }

    @Test
    void keepsCategoriesInDocumentOrderWithZeroCountCategories() {
        TownshipLists aohan = Seeds.lists(Seeds.AOHAN);
        List<String> transferred = Seeds.list(aohan, DutyKind.TRANSFERRED).categories().stream()
                .map(c -> c.name() + c.declaredCount()).toList();
        assertThat(transferred).containsExactly("党的建设2", "经济发展0", "民生服务10", "平安法治60", "乡村振兴4", "城乡建设7",
                "生态环保8", "文化旅游0", "综合政务0");
        TownshipLists genhe = Seeds.lists(Seeds.GENHE);
        assertThat(Seeds.list(genhe, DutyKind.BASIC).categories().stream().map(Category::name))
                .containsExactly("党的建设", "经济发展", "民生服务", "平安法治", "生态环保", "城乡建设", "综合政务");
    }

    @Test
    void reportsDepartmentSpellingsThatLookLikeOneDepartmentAsWarnings() {
        ValidationReport report = Seeds.read(Seeds.GENHE, Seeds.bytes(Seeds.GENHE)).report();
        Map<String, Severity> variants = report.findings().stream()
                .filter(f -> f.code() == FindingCode.DEPARTMENT_VARIANT)
                .collect(Collectors.toMap(f -> f.message().substring(0, f.message().indexOf('」') + 1),
                        f -> f.severity()));
        assertThat(variants).containsOnlyKeys("「根河市城市管理综合 执法局」", "「生态环境局根河市分局」",
                "「根河市应急管理局 (矿山安全监管局)」");
        assertThat(variants.values()).containsOnly(Severity.WARNING);
        assertThat(report.accepted()).isTrue();
    }

    private static int count(TownshipLists lists, DutyKind kind) {
        return (int) Seeds.list(lists, kind).items().count();
    }
}

package org.dutylists.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dutylists.canonical.Derived;
import org.dutylists.canonical.DutySection;
import org.dutylists.canonical.Item;
import org.dutylists.canonical.TownshipLists;
import org.dutylists.kernel.DutyKind;
import org.dutylists.testing.Seeds;
import org.junit.jupiter.api.Test;

/** The quirks of the real export (shared/seeds/README.md), each on the item where the documents have it. */
class DocumentQuirksTests {
    private static final TownshipLists AOHAN = Seeds.lists(Seeds.AOHAN);
    private static final TownshipLists GENHE = Seeds.lists(Seeds.GENHE);

    @Test
    void mergesAContinuationRowCellByCellWithoutInsertingAnything() {
        Item item = Seeds.item(AOHAN, DutyKind.COOPERATIVE, 2);
        assertThat(item.sourceLines()).containsExactly(150, 153);
        // 老党 | 员进行公示: the page broke inside a word.
        assertThat(item.cells().cooperationDuties()).contains("老党员进行公示").doesNotContain("老党\n");
        assertThat(item.cells().departmentDuties()).endsWith("履职保障：\n加强与苏木乡镇沟通协调,对纪念章发放过程中遇到的困难和问题予以指导。");
    }

    @Test
    void joinsADepartmentNameSplitAcrossAPageBreak() {
        Item item = Seeds.item(AOHAN, DutyKind.COOPERATIVE, 21);
        assertThat(item.sourceLines()).hasSizeGreaterThan(1);
        assertThat(item.cells().leadDepartments()).endsWith("敖汉旗文化旅游体育局");
        assertThat(item.derived().leadDepartments()).contains("敖汉旗文化旅游体育局").doesNotContain("敖汉旗文化旅游");
    }

    @Test
    void doesNotBreakAParagraphWhereThePageBrokeMidSentence() {
        Item item = Seeds.item(AOHAN, DutyKind.COOPERATIVE, 12);
        assertThat(item.cells().departmentDuties()).contains("提供无障碍服务。");
        Item fourTimes = Seeds.item(AOHAN, DutyKind.COOPERATIVE, 21);
        assertThat(fourTimes.sourceLines()).hasSize(4);
        assertThat(fourTimes.cells().departmentDuties()).contains("未持续满足充装许可条件");
    }

    @Test
    void readsHeadingsWithFullAndHalfWidthBrackets() {
        // 六、城乡建设(6项) is half-width in 阿龙山镇's basic list, （…） elsewhere.
        assertThat(Seeds.list(GENHE, DutyKind.BASIC).categories())
                .anySatisfy(c -> assertThat(c.name() + c.declaredCount() + "/" + c.items().size())
                        .isEqualTo("城乡建设6/6"));
        // The list heading itself: 基本履职事项清单 (70项) with a space and half-width brackets.
        assertThat(Seeds.list(GENHE, DutyKind.BASIC).declaredCount()).isEqualTo(70);
        assertThat(Seeds.list(AOHAN, DutyKind.COOPERATIVE).categories())
                .anySatisfy(c -> assertThat(c.name() + c.declaredCount()).isEqualTo("城乡建设9"));
    }

    @Test
    void readsBothSpellingsOfTheTakenBackList() {
        assertThat(Seeds.list(AOHAN, DutyKind.TRANSFERRED).name()).isEqualTo("上级部门回收事项清单");
        assertThat(Seeds.list(GENHE, DutyKind.TRANSFERRED).name()).isEqualTo("上级部门收回事项清单");
        assertThat(Seeds.list(AOHAN, DutyKind.TRANSFERRED).title()).isEqualTo("敖汉旗金厂沟梁镇上级部门回收事项清单");
    }

    @Test
    void readsPenaltyPowersAfterAnItemsTextAndAsTheWholeItem() {
        Item withText = Seeds.item(AOHAN, DutyKind.BASIC, 85);
        assertThat(withText.name()).startsWith("负责做好本镇禁牧工作。");
        assertThat(withText.derived().penaltyPowers()).containsExactly("对不签订草畜牧平衡责任书的处罚。",
                "对在实行禁牧休牧的基本草地上放牧的处罚。", "对在基本草地上超过核定的载畜量放牧的处罚。");

        Item onlyPenalty = Seeds.item(AOHAN, DutyKind.BASIC, 81);
        assertThat(onlyPenalty.name()).startsWith("*对损毁生活污水管网");
        assertThat(onlyPenalty.derived().penaltyPowers()).containsExactly(
                "对损毁生活污水管网、处理设施，向其倾倒垃圾、渣土、施工泥浆等废弃物的行为进行处罚。");

        // 阿龙山镇 separates them with ；or ; and writes some without 对.
        Item semicolons = Seeds.item(GENHE, DutyKind.BASIC, 54);
        assertThat(semicolons.derived().penaltyPowers()).hasSizeGreaterThan(2)
                .allSatisfy(p -> assertThat(p).doesNotStartWith("*").doesNotEndWith(";").doesNotEndWith("；"));
        assertThat(semicolons.name()).startsWith("*对在河道管理范围内弃置");
    }

    @Test
    void readsSeveralLeadDepartmentsAndTheirOwnDutySections() {
        Item item = Seeds.item(AOHAN, DutyKind.COOPERATIVE, 5);
        Derived derived = item.derived();
        assertThat(derived.leadDepartments()).containsExactly("敖汉旗委宣传部", "敖汉旗政务服务与数据管理局");
        assertThat(derived.departmentDuties()).extracting(DutySection::departments)
                .containsExactly(List.of("敖汉旗委宣传部"), List.of("敖汉旗政务服务与数据管理局"));
        assertThat(derived.departmentDuties().getFirst().steps()).hasSize(3)
                .first().asString().startsWith("做好宣传发动");
        assertThat(derived.support().text()).isEqualTo("对苏木乡镇工作人员进行业务培训。");
        assertThat(derived.cooperationSteps()).hasSize(5).first().isEqualTo("开展网络安全自查工作。");

        Item ten = Seeds.item(AOHAN, DutyKind.COOPERATIVE, 12);
        assertThat(ten.derived().leadDepartments()).hasSize(10);

        // A heading naming several departments: one shared section.
        Item shared = Seeds.item(AOHAN, DutyKind.COOPERATIVE, 63);
        assertThat(shared.derived().departmentDuties()).extracting(DutySection::departments)
                .contains(List.of("敖汉旗市场监督管理局", "敖汉旗住房和城乡建设局", "敖汉旗自然资源局"));

        // 阿龙山镇 writes 部门职责： before the department headings.
        Item genhe = Seeds.item(GENHE, DutyKind.COOPERATIVE, 17);
        assertThat(genhe.derived().leadDepartments()).containsExactly("根河市应急管理局", "根河市气象局");
        assertThat(genhe.derived().departmentDuties()).extracting(DutySection::departments)
                .containsExactly(List.of("根河市应急管理局"), List.of("根河市气象局"));
        assertThat(genhe.derived().support().text()).isEqualTo("业务培训、政策解读。");
    }

    @Test
    void readsTheReceivingDepartmentsAndTheWorkingMethodOfTakenBackItems() {
        Item two = Seeds.item(AOHAN, DutyKind.TRANSFERRED, 3);
        assertThat(two.derived().receivingDepartments()).containsExactly("敖汉旗卫生健康委员会", "敖汉旗财政局");
        assertThat(two.derived().workingMethod().getFirst().steps()).hasSize(4);

        Item html = Seeds.item(AOHAN, DutyKind.TRANSFERRED, 10);
        assertThat(html.cells().receivingDepartmentAndMethod()).startsWith("敖汉旗民政局：\n1.对上报的申请材料进行审批。")
                .doesNotContain("<");
        assertThat(html.derived().receivingDepartments()).containsExactly("敖汉旗民政局");

        // A spelling without 市 is kept as published.
        Item letters = Seeds.item(GENHE, DutyKind.TRANSFERRED, 16);
        assertThat(letters.derived().receivingDepartments()).containsExactly("根河信访局");
    }

    @Test
    void keepsTyposAndStrayWordsAsPublished() {
        // The source's own spacing and stray text stay: 「无障碍环境建设与管理 工作。」
        assertThat(Seeds.item(AOHAN, DutyKind.COOPERATIVE, 12).name()).isEqualTo("无障碍环境建设与管理 工作。");
        assertThat(Seeds.item(AOHAN, DutyKind.COOPERATIVE, 11).derived().support().text())
                .contains("明确办理流程 and 审核标准。");
    }
}

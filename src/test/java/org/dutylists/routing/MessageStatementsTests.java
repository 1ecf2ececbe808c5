package org.dutylists.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dutylists.routing.MessageStatements.Role;
import org.dutylists.routing.MessageStatements.Statement;
import org.junit.jupiter.api.Test;

/** How a long citizen's message is read: which of its sentences state the matter and which only tell the history. */
class MessageStatementsTests {
    private static final String SUBJECT = "小区旁边的工地晚上施工噪音太大";
    private static final String TEXT = "尊敬的领导：您好！我是阳光小区的居民。小区东边的工地每天晚上十一点以后还在打桩，"
            + "噪音特别大，老人孩子都睡不着。我已经多次打12345热线投诉，也在市长信箱留言，至今没有解决。"
            + "希望有关部门尽快查处夜间违规施工。谢谢！";

    @Test
    void readsTheSubjectTheStoryTheHistoryTheDemandAndTheGreetings() {
        List<Statement> statements = MessageStatements.of(SUBJECT, TEXT);

        assertThat(statements.getFirst()).isEqualTo(new Statement(SUBJECT, Role.SUBJECT));
        assertThat(roleOf(statements, "尊敬的领导")).isEqualTo(Role.COURTESY);
        assertThat(roleOf(statements, "谢谢")).isEqualTo(Role.COURTESY);
        assertThat(roleOf(statements, "打桩")).isEqualTo(Role.NARRATIVE);
        assertThat(roleOf(statements, "多次打")).isEqualTo(Role.HISTORY);
        assertThat(roleOf(statements, "查处夜间违规施工")).isEqualTo(Role.DEMAND);
    }

    @Test
    void takesTheChannelsWordsOutOfASentenceThatStatesTheMatter() {
        List<Statement> statements = MessageStatements.of("关于夜间施工噪音的投诉", "工地晚上施工，噪音很大，"
                + "我向12345反映过，请相关部门尽快查处，还我们安静。" + "我们这里的居民每天晚上都被吵醒，白天还要上班。");

        Statement subject = statements.getFirst();
        assertThat(subject.role()).isEqualTo(Role.SUBJECT);
        assertThat(subject.text()).contains("夜间施工噪音").doesNotContain("投诉");
        assertThat(statements).filteredOn(s -> s.role().weight() > Role.HISTORY.weight())
                .noneMatch(s -> s.text().contains("12345") || s.text().contains("投诉") || s.text().contains("反映"));
        assertThat(statements).filteredOn(s -> s.role() == Role.HISTORY).extracting(Statement::text)
                .anySatisfy(t -> assertThat(t).contains("投诉"))
                .anySatisfy(t -> assertThat(t).contains("12345"));
    }

    @Test
    void aBriefRequestIsAllMatterWhateverWordsItUses() {
        // A ticket about the hotline itself: its channel words are its matter.
        List<Statement> statements = MessageStatements.of(null, "我打12345反映的事都一个多月了，镇里一直没回电话，这算办结了吗？");

        assertThat(statements).isNotEmpty().allSatisfy(s -> assertThat(s.role()).isEqualTo(Role.NARRATIVE));
        assertThat(String.join("", statements.stream().map(Statement::text).toList())).contains("12345");
    }

    @Test
    void aRequestEndingInThanksStillStatesItsMatter() {
        assertThat(MessageStatements.analysed(MessageStatements.of(null, "村口路灯坏了，请尽快修理，谢谢！")))
                .extracting(Statement::text).containsExactly("村口路灯坏了，请尽快修理，谢谢！");
        assertThat(MessageStatements.analysed(MessageStatements.of("路灯不亮", "尊敬的领导：您好！村口的路灯坏了一个多月了，"
                + "晚上孩子放学走路很危险。希望相关部门尽快修理，谢谢！"))).extracting(Statement::role)
                .containsExactly(Role.SUBJECT, Role.NARRATIVE, Role.DEMAND);
    }

    @Test
    void aTitleOfNothingButTheChannelStatesNoMatter() {
        List<Statement> statements = MessageStatements.of("投诉", "小区门口的饭店每天晚上油烟很大，邻居们都受不了。");

        assertThat(statements).noneMatch(s -> s.text().isBlank());
        assertThat(statements).filteredOn(s -> s.role() == Role.SUBJECT).isEmpty();
        assertThat(statements).extracting(Statement::role).contains(Role.HISTORY, Role.NARRATIVE);
    }

    @Test
    void analysesAtMostABoundedPartOfALongMessageTheMatterFirst() {
        String story = "那天我们一家人去了很远的地方走亲戚，路上遇到很多事情，说来话长。".repeat(150);
        List<Statement> statements = MessageStatements.of("河道里有人倾倒建筑垃圾", story
                + "请环保部门尽快处理河道倾倒垃圾的问题。");

        List<Statement> analysed = MessageStatements.analysed(statements);

        assertThat(story.length()).isGreaterThan(4000);
        assertThat(analysed.stream().mapToInt(s -> s.text().length()).sum())
                .isLessThanOrEqualTo(MessageStatements.MAX_ANALYSED_CHARACTERS);
        assertThat(analysed).extracting(Statement::role).contains(Role.SUBJECT, Role.DEMAND);
        assertThat(analysed.getFirst().role()).isEqualTo(Role.SUBJECT);
    }

    private static Role roleOf(List<Statement> statements, String fragment) {
        return statements.stream().filter(s -> s.text().contains(fragment)).findFirst().orElseThrow().role();
    }
}

package org.dutylists.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.dutylists.catalogue.CatalogueService;
import org.dutylists.catalogue.TownshipDirectory;
import org.dutylists.importing.ImportService;
import org.dutylists.routing.examples.ExampleRequest;
import org.dutylists.routing.examples.ExampleRequests;
import org.dutylists.routing.examples.ShippedExampleRequests;
import org.dutylists.routing.index.RoutableItem;
import org.dutylists.routing.index.RoutableItems;
import org.dutylists.routing.index.TownshipIndex;
import org.dutylists.routing.index.TownshipIndexes;
import org.dutylists.routing.thesaurus.CurrentThesaurus;
import org.dutylists.testing.Seeds;
import org.dutylists.testing.TestTownships;
import org.junit.jupiter.api.Test;

/**
 * Example requests: how people described a matter before tells which item a new request with the same everyday words
 * means, and requests no list covers count against dispatching.
 */
@QuarkusTest
class ExampleRequestsTests {
    /** 「寿星钱」 is neither in the lists nor in the thesaurus: an example says it means 高龄津贴. */
    private static final String REQUEST = "俺爹的寿星钱咋好几个月没打到折子上了";
    private static final String EXAMPLE = "我老娘的寿星钱这个月又没打到折子上，问谁";
    /** The start of an example line, up to its kind. */
    private static final String ONE = "{\"set\":\"s\",\"id\":\"1\",\"townshipId\":\"150785102\",\"township\":\"t\",";

    @Inject
    TownshipIndexes indexes;

    @Inject
    TownshipDirectory directory;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentThesaurus thesaurus;

    @Inject
    RoutingModel model;

    @Inject
    ShippedExampleRequests shipped;

    @Inject
    ImportService importService;

    @Inject
    ObjectMapper json;

    @Test
    void anExampleInPeoplesOwnWordsMovesItsItemUp() {
        RoutableItem allowance = item(Seeds.JINCHANGGOULIANG_ID, "高龄津贴资金的给付");

        RoutingEngine.Routing without = route(shipped.get(), REQUEST);
        RoutingEngine.Routing with = route(plus(shipped.get(), new ExampleRequest("test", "T-1",
                Seeds.JINCHANGGOULIANG_ID, "金厂沟梁镇",
                allowance.kind().name(), allowance.name(), EXAMPLE)), REQUEST);

        assertThat(rank(with, allowance)).isBetween(0, rank(without, allowance) < 0 ? 4 : rank(without, allowance));
        assertThat(confidence(with, allowance)).isGreaterThan(confidence(without, allowance) + 0.05);
    }

    private static int rank(RoutingEngine.Routing routing, RoutableItem item) {
        for (int i = 0; i < routing.candidates().size(); i++) {
            if (routing.candidates().get(i).item().equals(item)) {
                return i;
            }
        }
        return -1;
    }

    private static double confidence(RoutingEngine.Routing routing, RoutableItem item) {
        return routing.candidates().stream().filter(c -> c.item().equals(item)).mapToDouble(
                RoutingEngine.Candidate::confidence).findFirst().orElse(0);
    }

    @Test
    void requestsLikeOnesNoListCoversAreLessLikelyDispatched() {
        String request = "小区门口新开的奶茶店排队的人太多把路堵了";
        ExampleRequests outside = plus(shipped.get(), new ExampleRequest("test", "T-2",
                Seeds.JINCHANGGOULIANG_ID, "金厂沟梁镇",
                ExampleRequest.OUTSIDE, null, "新开的奶茶店排队的人太多，这家店的奶茶是不是太贵了"));

        double without = route(shipped.get(), request).candidates().getFirst().confidence();
        double with = route(outside, request).candidates().getFirst().confidence();

        assertThat(with).isLessThan(without);
    }

    @Test
    void anAnswerShowsTheNearestExampleRequestsWithTheirItems() {
        io.restassured.path.json.JsonPath answer = io.restassured.RestAssured.given()
                .queryParam("township", Seeds.ALONGSHAN_ID).queryParam("q", "今年山上松毛虫特别多，落叶松叶子都被啃光了")
                .get("/api/v1/matters").then().statusCode(200).extract().jsonPath();

        List<String> itemIds = answer.getList("analysis.similarRequests.itemId", String.class);
        assertThat(answer.getList("analysis.similarRequests")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(answer.getList("analysis.similarRequests.outside", Boolean.class)).containsOnly(false);
        // The nearest example names the item the answer puts first; each text is shown once.
        assertThat(itemIds.getFirst()).isEqualTo(answer.getString("candidates[0].item.id"));
        assertThat(answer.getList("analysis.similarRequests.text", String.class)).doesNotHaveDuplicates();
        assertThat(answer.getList("analysis.similarRequests.text", String.class)).allMatch(t -> t.contains("虫"));
    }

    @Test
    void examplesNoListCoversServeOnlyTheTownshipTheyWereWrittenFor() {
        ExampleRequests outside = new ExampleRequests(List.of(new ExampleRequest("test", "T-3",
                Seeds.ALONGSHAN_ID, "阿龙山镇",
                ExampleRequest.OUTSIDE, null, "装修拆下来的建筑垃圾要拉走，找谁")));
        assertThat(indexes.build(directory.township(Seeds.ALONGSHAN_ID).orElseThrow(), outside).exampleCount())
                .isEqualTo(1);
        assertThat(indexes.build(directory.township(Seeds.JINCHANGGOULIANG_ID).orElseThrow(), outside)
                .exampleCount()).isZero();
    }

    @Test
    void theShippedExamplesAllNameAnItemOfTheDefaultLists() {
        Set<String> published = new HashSet<>();
        for (String township : List.of(Seeds.JINCHANGGOULIANG_ID, Seeds.ALONGSHAN_ID)) {
            items(township).forEach(i -> published.add(i.kind().name() + "\n" + i.name()));
        }
        assertThat(shipped.get().size()).isGreaterThan(1000);
        assertThat(shipped.get().all().stream().filter(e -> !e.outside())
                .map(e -> e.kind() + "\n" + e.item()).filter(k -> !published.contains(k)).toList()).isEmpty();
        assertThat(shipped.get().sets()).doesNotContain("dev", "fresh-tickets-2");
    }

    @Test
    void aTownshipPublishingTheSameItemsUsesTheirExamples() {
        String id = "159704001";
        importService.importDocument("例句镇.txt", TestTownships.bytes(TestTownships.document("例句镇")),
                TestTownships.manifestWith(id, "例句镇"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> directory.township(id).isPresent());

        TownshipIndex copy = indexes.build(directory.township(id).orElseThrow(), shipped.get());
        TownshipIndex original = indexes.of(Seeds.ALONGSHAN_ID).orElseThrow();

        // Items whose names spell the township's own name are different items in the copy, and examples no list
        // covers serve only the township they were written for.
        long outsideOfOriginal = shipped.get().all().stream()
                .filter(e -> e.outside() && e.townshipId().equals(Seeds.ALONGSHAN_ID)).count();
        assertThat(copy.exampleCount()).isGreaterThan((int) ((original.exampleCount() - outsideOfOriginal) * 9 / 10));
    }

    @Test
    void refusesAMalformedExampleFile() {
        assertThatThrownBy(() -> read(ONE + "\"kind\":\"BASIK\","
                + "\"item\":\"x\",\"text\":\"y\"}")).hasMessageContaining("line 1").hasMessageContaining("BASIK");
        assertThatThrownBy(() -> read(ONE + "\"kind\":\"OUTSIDE\","
                + "\"item\":\"x\",\"text\":\"y\"}")).hasMessageContaining("OUTSIDE example names no item");
        assertThatThrownBy(() -> read("\n" + ONE + "\"kind\":\"BASIC\","
                + "\"item\":\"x\"}")).hasMessageContaining("line 2").hasMessageContaining("text");
        assertThatThrownBy(() -> read(ONE + "\"kind\":\"BASIC\","
                + "\"item\":\"x\",\"text\":\"y\",\"lead\":\"z\"}")).hasMessageContaining("lead");
    }

    @Test
    void aSetIsMeasuredWithoutItsOwnExamples() throws Exception {
        String township = "\"townshipId\":\"150785102\",\"township\":\"t\",\"kind\":\"OUTSIDE\",";
        ExampleRequests two = read("{\"set\":\"a\",\"id\":\"1\"," + township + "\"text\":\"y\"}\n"
                + "{\"set\":\"b\",\"id\":\"2\"," + township + "\"text\":\"z\"}");
        assertThat(two.without("a").all()).extracting(ExampleRequest::set).containsExactly("b");
        // A copy of a set under another name finds none of its own tickets either.
        assertThat(two.withoutTexts(Set.of("z")).all()).extracting(ExampleRequest::set).containsExactly("a");
        assertThat(ExampleRequests.setName(java.nio.file.Path.of("/x/fresh-tickets.jsonl"))).isEqualTo("fresh-tickets");
    }

    private static ExampleRequests plus(ExampleRequests examples, ExampleRequest more) {
        List<ExampleRequest> all = new java.util.ArrayList<>(examples.all());
        all.add(more);
        return new ExampleRequests(all);
    }

    private ExampleRequests read(String lines) throws Exception {
        return ExampleRequests.read(json, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    }

    private RoutingEngine.Routing route(ExampleRequests examples, String text) {
        TownshipIndex index = indexes.build(directory.township(Seeds.JINCHANGGOULIANG_ID).orElseThrow(), examples);
        return model.engine().route(index, thesaurus.get(), text);
    }

    private List<RoutableItem> items(String township) {
        return catalogue.currentItems(township).stream().map(RoutableItems::of).toList();
    }

    private RoutableItem item(String township, String namePrefix) {
        return items(township).stream().filter(i -> i.name().startsWith(namePrefix)).findFirst().orElseThrow();
    }
}

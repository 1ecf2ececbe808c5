package org.dutylists.routing.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dutylists.catalogue.CatalogueService;
import org.dutylists.catalogue.TownshipDirectory;
import org.dutylists.importing.ImportService;
import org.dutylists.routing.examples.ExampleRequests;
import org.dutylists.routing.index.RoutableItems;
import org.dutylists.routing.index.TownshipIndex;
import org.dutylists.routing.index.TownshipIndexes;
import org.dutylists.testing.TestTownships;
import org.junit.jupiter.api.Test;

/**
 * The items' passages are embedded once, at import, stored in PostgreSQL and loaded by every index build afterwards;
 * identical texts share one embedding, and a re-import embeds only what changed.
 */
@QuarkusTest
@TestProfile(PassageEmbeddingsTests.EmbeddingsEnabled.class)
class PassageEmbeddingsTests {
    /** The service with sentence embeddings enabled (they are off by default). */
    public static class EmbeddingsEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dutylists.routing.embeddings.enabled", "true");
        }
    }

    @Inject
    ImportService importService;

    @Inject
    PassageEmbeddings embeddings;

    @Inject
    TownshipIndexes indexes;

    @Inject
    TownshipDirectory directory;

    @Inject
    CatalogueService catalogue;

    @Inject
    org.dutylists.routing.RoutingModel model;

    @Test
    void passagesAreEmbeddedAtImportAndLoadedNotRecomputedAndIdenticalTextsShareOne() {
        String id = "159705001";
        String name = "嵌入镇";
        importService.importDocument(name + ".txt", TestTownships.bytes(TestTownships.document(name)),
                TestTownships.manifestWith(id, name));

        List<String> passages = passagesOf(id);
        assertThat(model.embeddingsEnabled()).isTrue();
        assertThat(passages).hasSizeGreaterThan(180);
        assertThat(passages).allSatisfy(p -> assertThat(embeddings.isStored(p)).as(p).isTrue());

        long computed = embeddings.computedCount();
        TownshipIndex index = indexes.build(directory.township(id).orElseThrow(), ExampleRequests.NONE);
        assertThat(index.semantic().isEmpty()).isFalse();
        assertThat(embeddings.computedCount()).as("an index build loads the stored embeddings").isEqualTo(computed);

        // Another township with the same lists: every passage is already stored.
        importService.importDocument(name + "-copy.txt", TestTownships.bytes(TestTownships.document(name)),
                TestTownships.manifestWith("159705002", name));
        assertThat(embeddings.computedCount()).isEqualTo(computed);
    }

    @Test
    void aReimportEmbedsOnlyThePassagesThatChanged() {
        String id = "159705003";
        String name = "改版镇";
        String original = TestTownships.document(name);
        importService.importDocument(name + "-v1.txt", TestTownships.bytes(original),
                TestTownships.manifestWith(id, name));
        Set<String> before = new HashSet<>(passagesOf(id));

        // An edit of this class's own: passages are stored by text, and another class's edit would be stored already.
        String revised = original.replace("开展文明实践活动，建立志愿服务队伍", "开展文明实践活动，举办嵌入读书月，建立志愿服务队伍");
        assertThat(revised).isNotEqualTo(original);
        long computed = embeddings.computedCount();
        importService.importDocument(name + "-v2.txt", TestTownships.bytes(revised),
                TestTownships.manifestWith(id, name));

        Set<String> added = new HashSet<>(passagesOf(id));
        added.removeAll(before);
        assertThat(added).isNotEmpty().allSatisfy(p -> assertThat(p).contains("嵌入读书月"));
        assertThat(added).allSatisfy(p -> assertThat(embeddings.isStored(p)).isTrue());
        assertThat(embeddings.computedCount() - computed).isEqualTo(added.size());
    }

    private List<String> passagesOf(String townshipId) {
        directory.reload();
        return TownshipIndexes.passages(catalogue.currentItems(townshipId).stream().map(RoutableItems::of).toList());
    }
}

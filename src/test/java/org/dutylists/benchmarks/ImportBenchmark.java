package org.dutylists.benchmarks;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dutylists.canonical.Division;
import org.dutylists.importing.DocumentReader;
import org.dutylists.importing.ImportService;
import org.dutylists.importing.TownshipManifest;
import org.dutylists.testing.Seeds;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints (asserts nothing about time: these machines are noisy) how long parse-and-validate takes for each seed
 * document, cold and warm, and how long importing 1,000 synthetic townships generated from the seeds takes. Run with
 * {@code src/scripts/benchmark-import}; excluded from the test suite.
 */
@QuarkusTest
@Tag("benchmark")
class ImportBenchmark {
    private static final int WARM_RUNS = 30;

    @Inject
    ImportService importService;

    @Test
    void parseAndValidateSeedsThenImportAThousandTownships() {
        System.out.println("\n== Parse and validate (DocumentReader: decode, parse, derive structure, validate)");
        for (String document : List.of(Seeds.AOHAN, Seeds.GENHE)) {
            byte[] bytes = Seeds.bytes(document);
            DocumentReader reader = Seeds.reader();
            long cold = time(() -> reader.read(document, bytes));
            List<Long> warm = new ArrayList<>();
            for (int i = 0; i < WARM_RUNS; i++) {
                warm.add(time(() -> reader.read(document, bytes)));
            }
            warm.sort(Long::compare);
            System.out.printf(Locale.ROOT, "%-28s %7d bytes  first %6.1f ms  warm median %5.1f ms  p95 %5.1f ms"
                            + "  max %5.1f ms%n", document, bytes.length, ms(cold), ms(warm.get(WARM_RUNS / 2)),
                    ms(warm.get((int) (WARM_RUNS * 0.95))), ms(warm.getLast()));
        }

        int townships = Integer.getInteger("benchmark.townships", 1000);
        System.out.printf("%n== Import of %d synthetic townships (parse, validate, one transaction each)%n", townships);
        List<TownshipManifest.Entry> entries = new ArrayList<>();
        List<byte[]> documents = new ArrayList<>();
        String aohan = Seeds.text(Seeds.AOHAN);
        String genhe = Seeds.text(Seeds.GENHE);
        for (int i = 0; i < townships; i++) {
            String name = "合成" + i + "镇";
            boolean fromAohan = i % 2 == 0;
            // Fictitious counties 159901–159904, 250 townships each, so that departments are shared per county.
            String county = "15990" + (1 + i / 250);
            String id = county + String.format(Locale.ROOT, "%03d", i % 250);
            String text = (fromAohan ? aohan.replace("金厂沟梁镇", name).replace("敖汉旗", "合成" + county + "旗")
                    : genhe.replace("阿龙山镇", name).replace("根河市", "合成" + county + "市"))
                    .replace("开展", "开展" + (i % 7 == 0 ? "" : ""));
            entries.add(new TownshipManifest.Entry(id, name, new Division(county, "合成" + county + (fromAohan ? "旗"
                    : "市")), new Division("159900", "合成市"), new Division("150000", "内蒙古自治区"), null));
            documents.add(text.getBytes(StandardCharsets.UTF_8));
        }
        TownshipManifest manifest = new TownshipManifest(entries);
        List<Long> each = new ArrayList<>();
        long items = 0;
        long start = System.nanoTime();
        for (int i = 0; i < townships; i++) {
            int index = i;
            long[] count = new long[1];
            each.add(time(() -> {
                var result = importService.importDocument("synthetic-" + index + ".txt", documents.get(index),
                        manifest);
                if (!result.report().accepted()) {
                    throw new IllegalStateException(result.report().render());
                }
                count[0] = result.report().counts().stream().mapToInt(c -> c.found()).sum();
            }));
            items += count[0];
        }
        long total = System.nanoTime() - start;
        each.sort(Long::compare);
        System.out.printf(Locale.ROOT, "%d townships, %d items in %.1f s: %.1f townships/s, %.0f items/s;"
                        + " per township median %.0f ms, p95 %.0f ms, max %.0f ms%n", townships, items, total / 1e9,
                townships / (total / 1e9), items / (total / 1e9), ms(each.get(townships / 2)),
                ms(each.get((int) (townships * 0.95))), ms(each.getLast()));
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap used after import: %.0f MiB (max %.0f MiB)%n%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}

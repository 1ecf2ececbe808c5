package org.dutylists.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dutylists.canonical.Division;
import org.dutylists.importing.TownshipManifest;
import org.dutylists.kernel.TownshipId;

/**
 * Townships that exist only in tests, made from the real 阿龙山镇 document under another name, so that tests can
 * import, re-import and change lists without touching the default townships other tests read.
 *
 * <p>A test township belongs to the county its ID starts with (a county of the same name as 阿龙山镇's, 根河市, so
 * that the document reads the same), and every test class has counties of its own: its townships, and the
 * departments their lists register, are seen by no other class, whatever order the classes run in. A county of a
 * default township, or one another test class already used, is refused. Counties in use:
 * <ul>
 * <li>159701, 159702: {@code ImportServiceTests}</li>
 * <li>159703: {@code RoutingIndexRefreshTests}</li>
 * <li>159704: {@code ExampleRequestsTests}</li>
 * <li>159705: {@code PassageEmbeddingsTests}</li>
 * </ul>
 * ({@code ImportBenchmark} makes its synthetic townships in 159901–159904.)
 */
public final class TestTownships {
    private static final String COUNTY_NAME = "根河市";
    private static final Division CITY = new Division("150700", "呼伦贝尔市");
    private static final Division PROVINCE = new Division("150000", "内蒙古自治区");

    /** Which test class each test county belongs to. */
    private static final Map<String, String> COUNTY_OWNERS = new ConcurrentHashMap<>();

    private TestTownships() {
    }

    /** The default manifest plus the test township {@code name} with code {@code id}, in the county it names. */
    public static TownshipManifest manifestWith(String id, String name) {
        String county = TownshipId.countyOf(id);
        List<TownshipManifest.Entry> entries = new ArrayList<>(
                TownshipManifest.loadDefault(Seeds.json()).townships());
        if (entries.stream().anyMatch(t -> t.county().id().equals(county))) {
            throw new IllegalArgumentException("Test township " + id + " would join the default townships' county "
                    + county + ": take a county of the test class's own (see TestTownships).");
        }
        claim(county);
        entries.add(new TownshipManifest.Entry(id, name, new Division(county, COUNTY_NAME), CITY, PROVINCE, null));
        return new TownshipManifest(entries);
    }

    /** 阿龙山镇's document, renamed. */
    public static String document(String name) {
        return Seeds.text(Seeds.GENHE).replace("阿龙山镇", name);
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void claim(String county) {
        String caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.map(f -> f.getDeclaringClass().getName().replaceFirst("\\$.*", ""))
                        .filter(c -> !c.equals(TestTownships.class.getName())).findFirst())
                .orElseThrow();
        String owner = COUNTY_OWNERS.putIfAbsent(county, caller);
        if (owner != null && !owner.equals(caller)) {
            throw new IllegalArgumentException("Test county " + county + " belongs to " + owner + "; give " + caller
                    + " a county of its own (see TestTownships).");
        }
    }
}

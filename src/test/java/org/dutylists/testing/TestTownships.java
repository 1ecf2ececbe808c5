package org.dutylists.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dutylists.canonical.Division;
import org.dutylists.importing.TownshipManifest;

/**
 * Townships that exist only in tests, made from the real 阿龙山镇 document under another name, so that tests can
 * import, re-import and change lists without touching the default townships other tests read.
 */
public final class TestTownships {
    private static final Division COUNTY = new Division("150785", "根河市");
    private static final Division CITY = new Division("150700", "呼伦贝尔市");
    private static final Division PROVINCE = new Division("150000", "内蒙古自治区");

    private TestTownships() {
    }

    /** The default manifest plus the test township {@code name} with code {@code id}. */
    public static TownshipManifest manifestWith(String id, String name) {
        List<TownshipManifest.Entry> entries = new ArrayList<>(
                TownshipManifest.loadDefault(Seeds.json()).townships());
        entries.add(new TownshipManifest.Entry(id, name, COUNTY, CITY, PROVINCE, null));
        return new TownshipManifest(entries);
    }

    /** 阿龙山镇's document, renamed. */
    public static String document(String name) {
        return Seeds.text(Seeds.GENHE).replace("阿龙山镇", name);
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

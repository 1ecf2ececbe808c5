package org.dutylists.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dutylists.canonical.DutyList;
import org.dutylists.canonical.Item;
import org.dutylists.canonical.TownshipLists;
import org.dutylists.importing.DocumentReader;
import org.dutylists.importing.TownshipManifest;
import org.dutylists.kernel.DutyKind;

/** The two official documents the service ships with, as tests read them. */
public final class Seeds {
    public static final String AOHAN = "aohan-jinchanggouliang.txt";
    public static final String GENHE = "genhe-alongshan.txt";
    public static final String JINCHANGGOULIANG_ID = "150430106";
    public static final String ALONGSHAN_ID = "150785102";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Seeds() {
    }

    public static byte[] bytes(String document) {
        try (InputStream in = TownshipManifest.resource("seeds/" + document)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String document) {
        return new String(bytes(document), StandardCharsets.UTF_8);
    }

    public static DocumentReader reader() {
        return new DocumentReader(JSON, TownshipManifest.loadDefault(JSON));
    }

    public static DocumentReader.Reading read(String name, byte[] bytes) {
        return reader().read(name, bytes);
    }

    public static TownshipLists lists(String document) {
        return read(document, bytes(document)).lists().orElseThrow();
    }

    public static DutyList list(TownshipLists lists, DutyKind kind) {
        return lists.lists().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }

    public static Item item(TownshipLists lists, DutyKind kind, int number) {
        return list(lists, kind).items().filter(i -> i.number() == number).findFirst().orElseThrow();
    }

    public static ObjectMapper json() {
        return JSON;
    }
}

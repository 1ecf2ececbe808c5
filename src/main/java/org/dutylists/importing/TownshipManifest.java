package org.dutylists.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dutylists.canonical.Division;
import org.dutylists.canonical.Township;

/**
 * What a list document does not say about its township: the division codes (township 150430106, county 150430, city
 * 150400, province 150000) and the names above the county. Shipped beside the documents as
 * {@code seeds/townships.json}; an import can bring its own.
 */
public record TownshipManifest(List<Entry> townships) {
    public static final String DEFAULT_RESOURCE = "seeds/townships.json";

    /** One township, and the file name of its default document when it ships with the service. */
    public record Entry(String id, String name, Division county, Division city, Division province, String document) {
        public Township township() {
            return new Township(id, name, county, city, province);
        }
    }

    public TownshipManifest {
        townships = List.copyOf(townships);
    }

    public static TownshipManifest load(ObjectMapper json, InputStream in) {
        try {
            return json.readValue(in, TownshipManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the township manifest", e);
        }
    }

    public static TownshipManifest loadDefault(ObjectMapper json) {
        try (InputStream in = resource(DEFAULT_RESOURCE)) {
            return load(json, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TownshipManifest loadFile(ObjectMapper json, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(json, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the township manifest " + file, e);
        }
    }

    public static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name);
        }
        return in;
    }

    /**
     * The township a heading names: headings print the township after its divisions (敖汉旗金厂沟梁镇,
     * 内蒙古自治区呼伦贝尔市根河市阿龙山镇). Where two townships share a name, the one whose county the heading names wins.
     */
    public Optional<Entry> findByHeading(String headingPrefix) {
        return townships.stream()
                .filter(t -> headingPrefix.endsWith(t.name()))
                .max(Comparator.comparing((Entry t) -> headingPrefix.contains(t.county().name()))
                        .thenComparingInt(t -> t.name().length()));
    }
}

package org.dutylists.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dutylists.canonical.Category;
import org.dutylists.canonical.DutyList;
import org.dutylists.canonical.Item;
import org.dutylists.canonical.Source;
import org.dutylists.canonical.TownshipLists;
import org.dutylists.importing.document.DerivedStructure;
import org.dutylists.importing.document.DocumentText;
import org.dutylists.importing.document.DutyListDocumentParser;
import org.dutylists.importing.validation.Finding;
import org.dutylists.importing.validation.FindingCode;
import org.dutylists.importing.validation.ListsValidator;
import org.dutylists.importing.validation.ValidationReport;
import org.dutylists.kernel.Checksums;
import org.dutylists.kernel.TownshipId;

/**
 * Reads a document, the published text export or the canonical JSON format, into a township's lists and its
 * validation report. Nothing here touches the database: the CLI, the startup load and the benchmarks share it.
 */
public final class DocumentReader {
    private static final String SCHEMA_RESOURCE = "schemas/township-lists.schema.json";

    private final ObjectMapper json;
    private final TownshipManifest manifest;
    private final JsonSchema schema;

    public DocumentReader(ObjectMapper json, TownshipManifest manifest) {
        this.json = json;
        this.manifest = manifest;
        try (InputStream in = TownshipManifest.resource(SCHEMA_RESOURCE)) {
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lists, present only when the report accepts them, and the report. */
    public record Reading(Optional<TownshipLists> lists, ValidationReport report) {
    }

    public Reading read(String documentName, byte[] bytes) {
        String checksum = Checksums.sha256(bytes);
        List<Finding> findings = new ArrayList<>();
        Optional<TownshipLists> lists = looksLikeJson(bytes)
                ? readJson(documentName, bytes, checksum, findings)
                : readText(documentName, bytes, checksum, findings);
        List<org.dutylists.importing.validation.ListCount> counts = List.of();
        if (lists.isPresent()) {
            ListsValidator.Result validation = ListsValidator.validate(lists.get());
            findings.addAll(validation.findings());
            counts = validation.counts();
        }
        ValidationReport report = new ValidationReport(documentName,
                lists.map(l -> l.township().id()).orElse(null), lists.map(l -> l.township().name()).orElse(null),
                checksum, counts, findings);
        return new Reading(report.accepted() ? lists : Optional.empty(), report);
    }

    private Optional<TownshipLists> readText(String name, byte[] bytes, String checksum, List<Finding> findings) {
        DutyListDocumentParser.Outcome outcome = new DutyListDocumentParser(manifest).parse(name, bytes, checksum);
        findings.addAll(outcome.findings());
        return outcome.lists();
    }

    private Optional<TownshipLists> readJson(String name, byte[] bytes, String checksum, List<Finding> findings) {
        String text;
        switch (DocumentText.decode(bytes)) {
            case DocumentText.Unreadable u -> {
                findings.add(u.finding());
                return Optional.empty();
            }
            case DocumentText.Text t -> text = t.text();
        }
        JsonNode tree;
        try {
            tree = json.readTree(text);
        } catch (JsonProcessingException e) {
            findings.add(Finding.at(FindingCode.NOT_JSON,
                    e.getLocation() == null ? null : e.getLocation().getLineNr(),
                    "The document is not valid JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        }
        for (ValidationMessage message : schema.validate(tree)) {
            findings.add(Finding.atPath(FindingCode.SCHEMA_VIOLATION, pointer(message), message.getMessage()));
        }
        if (!findings.isEmpty()) {
            return Optional.empty();
        }
        TownshipLists given;
        try {
            given = json.treeToValue(tree, TownshipLists.class);
        } catch (JsonProcessingException e) {
            findings.add(Finding.atPath(FindingCode.SCHEMA_VIOLATION, "", e.getOriginalMessage()));
            return Optional.empty();
        }
        var township = given.township();
        if (!TownshipId.countyOf(township.id()).equals(township.county().id())) {
            findings.add(Finding.atPath(FindingCode.TOWNSHIP_MISMATCH, "/township/county/id", "Township "
                    + township.id() + " belongs to county " + TownshipId.countyOf(township.id()) + ", not "
                    + township.county().id() + "."));
            return Optional.empty();
        }
        String title = given.source() == null ? null : given.source().title();
        return Optional.of(new TownshipLists(TownshipLists.SCHEMA_VERSION, township,
                new Source(name, title, Source.FORMAT_JSON, checksum),
                given.lists().stream().map(DocumentReader::rederive).toList()));
    }

    /** Derived structure is always recomputed from the cells, so the JSON path cannot smuggle in other structure. */
    private static DutyList rederive(DutyList list) {
        return new DutyList(list.kind(), list.title(), list.name(), list.declaredCount(), list.categories().stream()
                .map(c -> new Category(c.name(), c.declaredCount(), c.items().stream()
                        .map(i -> new Item(i.number(), i.name(), i.cells(),
                                DerivedStructure.of(list.kind(), i.name(), i.cells()), i.sourceLines()))
                        .toList(), c.sourceLine()))
                .toList(), list.sourceLine());
    }

    private static String pointer(ValidationMessage message) {
        String location = message.getInstanceLocation() == null ? "$" : message.getInstanceLocation().toString();
        // networknt writes $.lists[0].kind; a JSON Pointer (/lists/0/kind) is what other tools understand.
        return location.replaceFirst("^\\$", "").replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
    }

    private static boolean looksLikeJson(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }
}

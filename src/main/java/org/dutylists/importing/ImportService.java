package org.dutylists.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dutylists.canonical.Source;
import org.dutylists.canonical.TownshipLists;
import org.dutylists.catalogue.CataloguePublisher;
import org.dutylists.catalogue.CataloguePublisher.Publication;
import org.dutylists.catalogue.CataloguePublisher.SourceDocument;
import org.dutylists.importing.validation.ValidationReport;

/**
 * Imports one document: read and validate it whole, then publish it to the catalogue in one transaction. A document
 * with any error publishes nothing; importing the same document again changes nothing.
 */
@ApplicationScoped
public class ImportService {
    @Inject
    ObjectMapper json;

    @Inject
    CataloguePublisher publisher;

    /** The report, and what publishing did when the report accepted the document. */
    public record ImportResult(ValidationReport report, Optional<Publication> publication) {
    }

    public ImportResult importDocument(String documentName, byte[] bytes, TownshipManifest manifest) {
        DocumentReader.Reading reading = new DocumentReader(json, manifest).read(documentName, bytes);
        if (reading.lists().isEmpty()) {
            return new ImportResult(reading.report(), Optional.empty());
        }
        TownshipLists lists = reading.lists().get();
        boolean text = Source.FORMAT_TEXT.equals(lists.source().format());
        SourceDocument source = new SourceDocument(documentName, lists.source().format(), lists.source().checksum(),
                text ? new String(bytes, StandardCharsets.UTF_8) : null, write(reading.report()));
        return new ImportResult(reading.report(), Optional.of(publisher.publish(lists, source)));
    }

    private String write(ValidationReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

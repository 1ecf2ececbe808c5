package org.dutylists.routing.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The real citizen messages that labelled sets refer to by ID ({@code ../shared/real/messages.jsonl}, the 2020 TipDM
 * Cup problem C data). Their texts are a third party's: they are read from there, never copied into the project.
 */
public final class RealMessages {
    /** Where the messages are unless {@code REAL_MESSAGES} names another file. */
    static final Path DEFAULT_LOCATION = Path.of("..", "shared", "real", "messages.jsonl");

    private RealMessages() {
    }

    /** One message: the citizen's subject line and text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String id, String subject, String text) {
    }

    public static Path location() {
        String configured = System.getenv("REAL_MESSAGES");
        return configured == null || configured.isBlank() ? DEFAULT_LOCATION : Path.of(configured);
    }

    public static boolean available() {
        return Files.isReadable(location());
    }

    public static Map<String, Message> read(ObjectMapper json, Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("Labels of real messages need the messages themselves: " + file.toAbsolutePath()
                    + " is missing (set REAL_MESSAGES to its path; see"
                    + " src/test/resources/routing/real/LABELLING.md)");
        }
        Map<String, Message> messages = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    Message m = json.readValue(line, Message.class);
                    messages.put(m.id(), m);
                }
            }
        }
        return messages;
    }
}

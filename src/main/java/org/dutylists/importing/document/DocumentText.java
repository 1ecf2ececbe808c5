package org.dutylists.importing.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dutylists.importing.validation.Finding;
import org.dutylists.importing.validation.FindingCode;

/**
 * Decodes a document's bytes strictly as UTF-8. Nothing is replaced or guessed: a GBK export or a binary file is
 * rejected with the line where it goes wrong, because a silently mis-decoded character would be published as official
 * text.
 */
public final class DocumentText {
    private DocumentText() {
    }

    /** The decoded text, or why it cannot be read. */
    public sealed interface Decoded permits Text, Unreadable {
    }

    public record Text(String text) implements Decoded {
    }

    public record Unreadable(Finding finding) implements Decoded {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length == 0 || isBlank(bytes)) {
            return new Unreadable(Finding.at(FindingCode.EMPTY_DOCUMENT, null, "The document is empty."));
        }
        Optional<Integer> nul = indexOf(bytes, (byte) 0);
        if (nul.isPresent()) {
            return new Unreadable(Finding.at(FindingCode.BINARY_CONTENT, lineAt(bytes, nul.get()),
                    "The document holds binary data (a NUL byte at offset " + nul.get()
                            + "); expected the UTF-8 text export of a duty list."));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = hasBom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            String hint = looksLikeGbk(bytes) ? " It looks GBK/GB18030-encoded: re-export it as UTF-8." : "";
            return new Unreadable(Finding.at(FindingCode.NOT_UTF8, lineAt(bytes, offset),
                    "The document is not valid UTF-8 (first bad byte at offset " + offset + ")." + hint));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        long controls = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        if (controls > 0 && controls * 100 > text.length()) {
            return new Unreadable(Finding.at(FindingCode.BINARY_CONTENT, null,
                    "The document holds " + controls + " control characters; expected the text export of a duty list."));
        }
        return new Text(text);
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static Optional<Integer> indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean looksLikeGbk(byte[] bytes) {
        try {
            Charset.forName("GB18030").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException | RuntimeException e) {
            return false;
        }
    }
}

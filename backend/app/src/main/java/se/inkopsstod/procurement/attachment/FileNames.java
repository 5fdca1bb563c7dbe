package se.inkopsstod.procurement.attachment;

import se.inkopsstod.shared.InvalidInputException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The name an upload gives its file, made safe to keep and to send back: no folders (only the last
 * part of a path), no control characters, NFC, at most 255 characters. A header carries only
 * Latin-1, so {@code X-File-Name} may be percent-encoded UTF-8 (as {@code encodeURIComponent} writes it).
 */
public final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /** The name from the {@code X-File-Name} header (percent-encoded UTF-8) or else the {@code name} parameter. */
    public static String of(String header, String parameter) {
        String raw = header != null && !header.isBlank() ? decode(header) : parameter;
        if (raw == null) {
            throw invalid();
        }
        String name = raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > MAX_LENGTH) {
            throw invalid();
        }
        return name;
    }

    private static String decode(String header) {
        try {
            return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return header;
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("attachment.name", "name",
                "Give the file's name (1 to " + MAX_LENGTH + " characters) in the X-File-Name header or the name parameter.")
                    .withArguments(MAX_LENGTH);
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…} (RFC 6266 with RFC 5987's encoding): the
     * plain form, with anything but printable ASCII replaced, for old clients; the encoded one for the rest.
     */
    public static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}

package se.inkopsstod.procurement.attachment;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * What a file is, judged from its bytes with Apache Tika's magic numbers (the Content-Type an upload
 * declares is never asked). The name may only make a type more precise (a ZIP package named
 * {@code .docx} is a Word document, a text named {@code .csv} is CSV), never change it: bytes that no
 * signature knows are refused, and so are bytes that are not what the name says. Only the types of
 * documents a procurement uses are accepted.
 */
public final class FileTypes {

    static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "image/png",
            "image/jpeg",
            "text/plain",
            "text/csv",
            "application/zip");

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private FileTypes() {
    }

    /**
     * The accepted type of the file, as a bare media type without parameters.
     *
     * @throws AttachmentProblem 415 when the type is unknown, not accepted, or not what the name says
     */
    public static String sniff(Path file, String fileName) {
        MediaType bytes = detect(file, null);
        MediaType named = detect(file, fileName); // the bytes' type, or a more precise one the name picks
        MediaType byName = byName(fileName);
        if (bytes.equals(MediaType.OCTET_STREAM)) {
            throw AttachmentProblem.typeNotAllowed(MediaType.OCTET_STREAM.toString());
        }
        String type = named.getBaseType().toString();
        if (!ALLOWED.contains(type)) {
            throw AttachmentProblem.typeNotAllowed(type);
        }
        if (!byName.equals(MediaType.OCTET_STREAM) && !byName.equals(named.getBaseType())) {
            throw AttachmentProblem.typeMismatch(type, byName.toString());
        }
        return type;
    }

    /** The type the name alone says, or application/octet-stream for a name without a known extension. */
    static MediaType byName(String fileName) {
        try {
            return TYPES.detect(null, metadata(fileName)).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // no stream, nothing to read
        }
    }

    private static MediaType detect(Path file, String fileName) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return TYPES.detect(in, metadata(fileName)).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Metadata metadata(String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        return metadata;
    }
}

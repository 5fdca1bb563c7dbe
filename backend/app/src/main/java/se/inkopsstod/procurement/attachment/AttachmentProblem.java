package se.inkopsstod.procurement.attachment;

import se.inkopsstod.shared.ProblemException;

import java.util.Map;

/** Why an upload was not attached; nothing of it was kept. */
final class AttachmentProblem extends ProblemException {

    private final int status;
    private final Map<String, Object> properties;

    private AttachmentProblem(int status, String code, String message, Map<String, Object> properties) {
        super(code, message);
        this.status = status;
        this.properties = properties;
    }

    /** 413 with the code every other body over its limit has, and this limit. */
    static AttachmentProblem tooLarge(long maxBytes) {
        return new AttachmentProblem(413, "too-large", "The file is larger than the " + megabytes(maxBytes)
                + " an attachment may have. Nothing was saved.", Map.of("maxBytes", maxBytes))
                .withMessageKey("attachment.too-large", megabytes(maxBytes));
    }

    /** 415: the bytes are of a type that is not accepted (whatever the upload's Content-Type or name said). */
    static AttachmentProblem typeNotAllowed(String sniffed) {
        return new AttachmentProblem(415, "attachment.type-not-allowed", "Files of this type (" + sniffed
                + ") cannot be attached. Attach PDF, Office or OpenDocument files, images (PNG, JPEG), text, CSV or ZIP.",
                Map.of("detectedType", sniffed)).withArguments(sniffed);
    }

    /** 415: the bytes are not what the file's name says (a program or a web page named .pdf). */
    static AttachmentProblem typeMismatch(String sniffed, String byName) {
        return new AttachmentProblem(415, "attachment.type-mismatch", "The file's content (" + sniffed
                + ") is not what its name says (" + byName + "). Nothing was saved.",
                Map.of("detectedType", sniffed, "typeByName", byName)).withArguments(sniffed, byName);
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public Map<String, Object> properties() {
        return properties;
    }
}

package se.inkopsstod.procurement.spreadsheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.ByteArrayInputStream;

/**
 * An uploaded {@code .xlsx}, read with limits of its own. The app's codecs hold every other body to
 * 256 kB (and read only JSON), so this route reads its raw body itself, to at most {@link #MAX_BYTES};
 * what it holds must really be an Office Open XML workbook, whatever the Content-Type said, and may
 * not unpack into more than POI's zip-bomb limits allow.
 */
final class XlsxUpload {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** No part of the package (the sheet's XML above all) may unpack to more than this. */
    private static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;

    static {
        // process-wide settings of POI; only this package opens files with it. A part that unpacks to
        // more than 100 times its packed size is refused as a zip bomb (POI's default, said out loud here).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private XlsxUpload() {
    }

    /** The whole body, or 413 as soon as it is known to be over the limit (by its Content-Length, or while reading). */
    static Mono<byte[]> read(Flux<DataBuffer> body, long contentLength) {
        if (contentLength > MAX_BYTES) {
            return Mono.error(tooLarge()); // not a byte of it read
        }
        return DataBufferUtils.join(body, MAX_BYTES)
                .map(buffer -> {
                    try {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        return bytes;
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .onErrorMap(DataBufferLimitException.class, e -> tooLarge())
                .defaultIfEmpty(new byte[0]);
    }

    private static ImportProblem tooLarge() {
        return ImportProblem.tooLarge("The file is larger than the " + MAX_BYTES / (1024 * 1024)
                + " MB an import may have. Nothing was imported.");
    }

    /** The workbook, once the bytes look like one (a ZIP package) and POI opens them as one. Blocking. */
    static Workbook open(byte[] bytes) {
        if (startsWith(bytes, OLE2)) {
            throw ImportProblem.notXlsx("This is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) and import that.",
                    "import.not-xlsx.xls");
        }
        if (!startsWith(bytes, ZIP)) {
            throw ImportProblem.notXlsx("The file is not an Excel workbook (.xlsx).", "import.not-xlsx");
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            if (mentionsZipBomb(e)) {
                throw ImportProblem.tooLarge("The file unpacks to far more than it holds (a zip bomb?). Nothing was imported.")
                        .withMessageKey("import.zip-bomb");
            }
            throw ImportProblem.notXlsx("The file could not be read as an Excel workbook (.xlsx).", "import.not-xlsx.unreadable");
        }
    }

    private static boolean mentionsZipBomb(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("exceeds the max"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (bytes[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}

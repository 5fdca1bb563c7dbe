package se.inkopsstod.procurement.attachment;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.InputStream;

/**
 * An attachment's file as an HTTP answer: streamed from the blob store in 64 kB buffers, as a
 * download (never shown inline, never sniffed by the browser), tagged with its SHA-256.
 */
public final class AttachmentFiles {

    private static final int BUFFER_SIZE = 64 * 1024;

    private AttachmentFiles() {
    }

    static ResponseEntity<Flux<DataBuffer>> response(AttachmentService.Download download, String ifNoneMatch) {
        Attachments.Stored file = download.attachment();
        return response(file.fileName(), file.contentType(), file.sizeBytes(), file.sha256(), download.content(), ifNoneMatch);
    }

    /**
     * A file as a download: {@code content} streamed (and closed at the end), or 304 (and closed at
     * once) when {@code If-None-Match} names its SHA-256.
     */
    public static ResponseEntity<Flux<DataBuffer>> response(String fileName, String contentType, long sizeBytes, String sha256,
                                                            InputStream content, String ifNoneMatch) {
        String etag = "\"" + sha256 + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            close(content);
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        Flux<DataBuffer> body = DataBufferUtils.readInputStream(() -> content, DefaultDataBufferFactory.sharedInstance, BUFFER_SIZE)
                .subscribeOn(Schedulers.boundedElastic());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .contentLength(sizeBytes)
                .eTag(etag)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private static void close(InputStream content) {
        try {
            content.close();
        } catch (IOException e) {
            // nothing was read from it; a failed close loses nothing
        }
    }
}

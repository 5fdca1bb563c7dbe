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

/**
 * An attachment's file as an HTTP answer: streamed from the blob store in 64 kB buffers, as a
 * download (never shown inline, never sniffed by the browser), tagged with its SHA-256.
 */
final class AttachmentFiles {

    private static final int BUFFER_SIZE = 64 * 1024;

    private AttachmentFiles() {
    }

    static ResponseEntity<Flux<DataBuffer>> response(AttachmentService.Download download, String ifNoneMatch) {
        Attachments.Stored file = download.attachment();
        String etag = "\"" + file.sha256() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            close(download);
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        Flux<DataBuffer> body = DataBufferUtils.readInputStream(download::content, DefaultDataBufferFactory.sharedInstance, BUFFER_SIZE)
                .subscribeOn(Schedulers.boundedElastic());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .eTag(etag)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private static void close(AttachmentService.Download download) {
        try {
            download.content().close();
        } catch (IOException e) {
            // nothing was read from it; a failed close loses nothing
        }
    }
}

package se.inkopsstod.procurement.attachment;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Flux;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentFilesTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void aFileIsADownloadTaggedWithItsSha256() {
        byte[] bytes = AttachmentFixtures.tinyPdf("Hej");
        ResponseEntity<Flux<DataBuffer>> response = AttachmentFiles.response(download(new ByteArrayInputStream(bytes), bytes.length), null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"" + SHA + "\"");
        assertThat(response.getHeaders().getContentLength()).isEqualTo(bytes.length);
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getFirst("Content-Disposition")).startsWith("attachment; ");
        byte[] body = DataBufferUtils.join(response.getBody()).map(b -> {
            byte[] read = new byte[b.readableByteCount()];
            b.read(read);
            DataBufferUtils.release(b);
            return read;
        }).block();
        assertThat(body).isEqualTo(bytes);
    }

    @Test
    void aClientThatHasItGets304AndTheStreamIsClosed() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream content = new ByteArrayInputStream(new byte[]{1}) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        ResponseEntity<Flux<DataBuffer>> response = AttachmentFiles.response(download(content, 1), "W/\"other\", \"" + SHA + "\"");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(response.getBody()).isNull();
        assertThat(closed).isTrue();
        assertThat(AttachmentFiles.response(download(new ByteArrayInputStream(new byte[]{1}), 1), "\"other\"").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private static AttachmentService.Download download(InputStream content, long size) {
        return new AttachmentService.Download(new Attachments.Stored("a1", "Förfrågan.pdf", "application/pdf", size, SHA,
                "attachments/p/a1"), content);
    }
}

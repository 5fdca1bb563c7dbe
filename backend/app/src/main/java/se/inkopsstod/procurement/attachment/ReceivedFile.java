package se.inkopsstod.procurement.attachment;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An upload as it arrived: streamed to a temporary file buffer by buffer while its bytes were
 * counted and hashed, so no whole file is ever held in memory. Closing it deletes the file.
 */
public record ReceivedFile(Path path, long size, String sha256) implements AutoCloseable {

    /**
     * Receives the body, or fails with 413 as soon as it is known to be over {@code maxBytes}: by its
     * declared Content-Length before a byte is read, or, for a body of unknown length, once one byte
     * more than the limit has arrived (the rest is not read). The temporary file is gone after any failure.
     */
    public static Mono<ReceivedFile> receive(Flux<DataBuffer> body, long declaredLength, long maxBytes) {
        if (declaredLength > maxBytes) {
            return Mono.error(AttachmentProblem.tooLarge(maxBytes));
        }
        return Blocking.call(() -> Files.createTempFile("inkopsstod-upload-", ".part"))
                .flatMap(path -> {
                    MessageDigest digest = newDigest();
                    AtomicLong count = new AtomicLong();
                    Flux<DataBuffer> counted = DataBufferUtils.takeUntilByteCount(body, maxBytes + 1)
                            .doOnNext(buffer -> {
                                count.addAndGet(buffer.readableByteCount());
                                try (DataBuffer.ByteBufferIterator parts = buffer.readableByteBuffers()) {
                                    while (parts.hasNext()) {
                                        ByteBuffer part = parts.next();
                                        digest.update(part);
                                    }
                                }
                            });
                    return DataBufferUtils.write(counted, path)
                            .then(Mono.fromCallable(() -> {
                                if (count.get() > maxBytes) {
                                    throw AttachmentProblem.tooLarge(maxBytes);
                                }
                                return new ReceivedFile(path, count.get(), HexFormat.of().formatHex(digest.digest()));
                            }))
                            .onErrorResume(e -> Blocking.run(() -> delete(path)).then(Mono.error(e)))
                            .doOnCancel(() -> delete(path));
                });
    }

    @Override
    public void close() {
        delete(path);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package se.inkopsstod.platform.blob;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalDiskBlobStoreTest {

    @TempDir
    Path directory;

    @Test
    void keepsWhatWasPutAndForgetsWhatWasDeleted() throws IOException {
        LocalDiskBlobStore store = new LocalDiskBlobStore(directory.resolve("blobs"));
        byte[] bytes = "Förfrågningsunderlag".getBytes(StandardCharsets.UTF_8);
        store.put("attachments/p1/a1", new ByteArrayInputStream(bytes), bytes.length, "text/plain");

        assertThat(store.exists("attachments/p1/a1")).isTrue();
        try (InputStream in = store.open("attachments/p1/a1")) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        try (var files = Files.list(directory.resolve("blobs/attachments/p1"))) {
            assertThat(files).as("no partial file left behind").hasSize(1);
        }
        store.delete("attachments/p1/a1");
        assertThat(store.exists("attachments/p1/a1")).isFalse();
        assertThatThrownBy(() -> store.open("attachments/p1/a1")).isInstanceOf(BlobNotFoundException.class);
        store.delete("attachments/p1/a1"); // twice is fine
    }

    @Test
    void aShortStreamStoresNothing() throws IOException {
        LocalDiskBlobStore store = new LocalDiskBlobStore(directory);
        assertThatThrownBy(() -> store.put("k", new ByteArrayInputStream(new byte[3]), 10, "application/pdf"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.exists("k")).isFalse();
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aKeyIsWrittenOnce() {
        LocalDiskBlobStore store = new LocalDiskBlobStore(directory);
        store.put("k", new ByteArrayInputStream(new byte[]{1}), 1, "application/octet-stream");
        assertThatThrownBy(() -> store.put("k", new ByteArrayInputStream(new byte[]{2}), 1, "application/octet-stream"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keysCannotLeaveTheDirectory() {
        LocalDiskBlobStore store = new LocalDiskBlobStore(directory.resolve("blobs"));
        for (String key : new String[]{"../outside", "/etc/passwd", "a/../../b", "a b", "a\\b", ""}) {
            assertThatThrownBy(() -> store.open(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

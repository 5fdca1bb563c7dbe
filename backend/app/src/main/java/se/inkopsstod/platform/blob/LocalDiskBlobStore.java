package se.inkopsstod.platform.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Blobs as files in a directory (the embedded default: under the data directory). A blob is written
 * to a temporary file beside its place and moved there when complete, so a reader never sees half a
 * file and a crash leaves no blob that looks whole.
 */
public class LocalDiskBlobStore implements BlobStore {

    private final Path root;

    public LocalDiskBlobStore(Path directory) {
        try {
            this.root = Files.createDirectories(directory).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("The blob directory " + directory + " cannot be created", e);
        }
    }

    public Path directory() {
        return root;
    }

    @Override
    public void put(String key, InputStream content, long length, String contentType) {
        Path target = path(key);
        if (Files.exists(target)) {
            throw new IllegalStateException("A blob is already stored under " + key);
        }
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".partial-", ".tmp");
            try {
                long written;
                try (OutputStream out = Files.newOutputStream(partial)) {
                    written = content.transferTo(out);
                }
                if (written != length) {
                    throw new IllegalStateException("Expected " + length + " bytes for " + key + ", got " + written);
                }
                try {
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, target);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(path(key));
        } catch (NoSuchFileException e) {
            throw new BlobNotFoundException(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    private Path path(String key) {
        Path path = root.resolve(BlobStore.checkKey(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a blob key: " + key);
        }
        return path;
    }
}

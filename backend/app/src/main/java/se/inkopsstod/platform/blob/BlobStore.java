package se.inkopsstod.platform.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where files live: opaque keys to bytes. Every method blocks (disk or network): call it off the
 * event loop. Keys are made by the caller from ids ({@code [A-Za-z0-9._/-]}, no {@code ..}), never
 * from a file name someone sent.
 */
public interface BlobStore {

    /**
     * Stores {@code length} bytes read from {@code content} under {@code key}. A key is written once
     * (callers make keys from fresh ids). The stream is read to its end, not closed.
     */
    void put(String key, InputStream content, long length, String contentType);

    /** Stores a file's bytes under {@code key}; stores that can retry a failed upload reread the file. */
    default void put(String key, Path file, String contentType) {
        try (InputStream in = Files.newInputStream(file)) {
            put(key, in, Files.size(file), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The blob's bytes as a stream the caller closes.
     *
     * @throws BlobNotFoundException when nothing is stored under the key
     */
    InputStream open(String key);

    /** Removes the blob; a key with nothing under it is fine. */
    void delete(String key);

    /** Whether something is stored under the key. */
    boolean exists(String key);

    /** Refuses keys that could leave the store's namespace (a path outside the directory, an odd object name). */
    static String checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 512 || !key.matches("[A-Za-z0-9._/-]+")
                || key.startsWith("/") || key.contains("..") || key.contains("//")) {
            throw new IllegalArgumentException("Not a blob key: " + key);
        }
        return key;
    }
}

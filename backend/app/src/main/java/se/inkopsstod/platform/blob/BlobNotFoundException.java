package se.inkopsstod.platform.blob;

/** Nothing is stored under a key (a blob deleted by hand, a store emptied): the caller decides what it means. */
public class BlobNotFoundException extends RuntimeException {

    public BlobNotFoundException(String key) {
        super("No blob under " + key);
    }
}

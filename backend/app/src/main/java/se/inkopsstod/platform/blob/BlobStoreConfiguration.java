package se.inkopsstod.platform.blob;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link BlobStore} of the application, as {@code inkopsstod.blobs.store} says. */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BlobStoreConfiguration.class);

    @Bean
    BlobStore blobStore(BlobProperties properties) {
        if (properties.store() == BlobProperties.Kind.S3) {
            S3BlobStore store = S3BlobStore.connect(properties.s3());
            if (properties.s3().createBucket()) {
                store.createBucketIfMissing();
            }
            log.info("Blobs in the S3-compatible store {}", properties.s3());
            return store;
        }
        LocalDiskBlobStore store = new LocalDiskBlobStore(properties.directory());
        log.info("Blobs on the local disk in {}", store.directory());
        return store;
    }
}

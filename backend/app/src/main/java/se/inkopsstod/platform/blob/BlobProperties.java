package se.inkopsstod.platform.blob;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where blobs are kept: {@code store} is {@code local} (a directory, {@code INKOPSSTOD_BLOBS_DIRECTORY})
 * or {@code s3} (an S3-compatible store, {@code INKOPSSTOD_BLOBS_S3_*}).
 */
@ConfigurationProperties("inkopsstod.blobs")
public record BlobProperties(Kind store, Path directory, S3 s3) {

    public enum Kind { LOCAL, S3 }

    public BlobProperties {
        if (store == null) {
            store = Kind.LOCAL;
        }
        if (s3 == null) {
            s3 = new S3(null, null, null, null, null, true, false);
        }
        if (store == Kind.LOCAL && directory == null) {
            throw new IllegalStateException("inkopsstod.blobs.directory (INKOPSSTOD_BLOBS_DIRECTORY) is required with the local blob store");
        }
        if (store == Kind.S3) {
            s3.require();
        }
    }

    /**
     * An S3-compatible store: {@code endpoint} (blank for AWS itself), {@code region}, {@code bucket},
     * the access key and its secret, path-style addresses (on by default; MinIO needs them), and
     * whether to create the bucket at start-up when it is missing (development stacks; in production
     * operations make it, with its retention and encryption settings).
     */
    public record S3(String endpoint, String region, String bucket, String accessKey, String secretKey, boolean pathStyle,
                     boolean createBucket) {

        public S3 {
            if (region == null || region.isBlank()) {
                region = "us-east-1";
            }
        }

        void require() {
            if (bucket == null || bucket.isBlank() || accessKey == null || accessKey.isBlank()
                    || secretKey == null || secretKey.isBlank()) {
                throw new IllegalStateException("The s3 blob store needs inkopsstod.blobs.s3.bucket, access-key and secret-key "
                        + "(INKOPSSTOD_BLOBS_S3_BUCKET, INKOPSSTOD_BLOBS_S3_ACCESS_KEY, INKOPSSTOD_BLOBS_S3_SECRET_KEY)");
            }
        }

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", pathStyle=" + pathStyle
                    + ", createBucket=" + createBucket + "]";
        }
    }
}

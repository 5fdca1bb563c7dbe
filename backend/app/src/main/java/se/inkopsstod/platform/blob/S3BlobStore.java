package se.inkopsstod.platform.blob;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Blobs as objects in one bucket of an S3-compatible store (MinIO in docker-compose, S3 or any other
 * in production), through the AWS SDK with path-style addresses ({@code endpoint/bucket/key}), which
 * every S3-compatible server understands. Checksums are sent only where the protocol requires them:
 * the SDK's default of a CRC trailer on every upload is refused by some S3-compatible servers.
 */
public class S3BlobStore implements BlobStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    public S3BlobStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** A client for the endpoint (blank: AWS itself, by region) with static credentials. */
    public static S3BlobStore connect(BlobProperties.S3 settings) {
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)));
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        return new S3BlobStore(builder.build(), settings.bucket());
    }

    public String bucket() {
        return bucket;
    }

    /** Creates the bucket unless it is there (development and tests; production buckets are made by operations). */
    public void createBucketIfMissing() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    @Override
    public void put(String key, InputStream content, long length, String contentType) {
        // the SDK reads the stream as it sends; a retry after more than its mark limit fails rather than buffer the file
        s3.putObject(request(key, length, contentType), RequestBody.fromInputStream(content, length));
    }

    @Override
    public void put(String key, Path file, String contentType) {
        // from the file itself, so that a retried upload can read it again
        s3.putObject(request(key, file.toFile().length(), contentType), RequestBody.fromFile(file));
    }

    private PutObjectRequest request(String key, long length, String contentType) {
        return PutObjectRequest.builder().bucket(bucket).key(BlobStore.checkKey(key))
                .contentLength(length).contentType(contentType).build();
    }

    @Override
    public InputStream open(String key) {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(BlobStore.checkKey(key)));
        } catch (NoSuchKeyException e) {
            throw new BlobNotFoundException(key);
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(BlobStore.checkKey(key)));
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(BlobStore.checkKey(key)).build());
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}

/**
 * Files kept outside the database, behind one {@link se.inkopsstod.platform.blob.BlobStore}: on the
 * local disk under the data directory (the embedded default, {@code inkopsstod.blobs.store=local}) or
 * in an S3-compatible object store (production, {@code s3}: MinIO, S3). Bytes are streamed both ways;
 * no store holds a whole file in memory. What a blob means (whose attachment it is) is the business
 * contexts' concern, not this package's.
 */
package se.inkopsstod.platform.blob;

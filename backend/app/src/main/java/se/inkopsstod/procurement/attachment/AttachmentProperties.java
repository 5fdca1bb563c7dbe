package se.inkopsstod.procurement.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** How large an attachment may be ({@code INKOPSSTOD_ATTACHMENTS_MAX_SIZE}, 25 MB unless set). */
@ConfigurationProperties("inkopsstod.attachments")
public record AttachmentProperties(DataSize maxSize) {

    public AttachmentProperties {
        if (maxSize == null) {
            maxSize = DataSize.ofMegabytes(25);
        }
        if (maxSize.toBytes() <= 0) {
            throw new IllegalStateException("inkopsstod.attachments.max-size must be positive");
        }
    }

    public long maxBytes() {
        return maxSize.toBytes();
    }
}

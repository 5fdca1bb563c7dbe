package se.inkopsstod.notification;

import java.time.Instant;

/** One notification as its reader sees it, in the reader's language; {@code path} is the page it leads to. */
record NotificationView(String id, String kind, String title, String body, String procurementId, String procurementTitle,
                        String path, Instant createdAt, boolean read) {
}

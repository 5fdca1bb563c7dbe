package se.inkopsstod.notification;

import java.util.List;

/** The newest notifications of one person and how many of all of theirs are unread. */
record InboxView(int unread, List<NotificationView> items) {
}

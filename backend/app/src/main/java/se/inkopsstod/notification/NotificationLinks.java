package se.inkopsstod.notification;

/** Where in the app a notification leads: the page the news is on. */
final class NotificationLinks {

    private NotificationLinks() {
    }

    /** The app path for a notification, e.g. {@code /upphandlingar/p-1}. */
    static String path(NotificationKind kind, String procurementId) {
        if (kind == NotificationKind.LESSON_REVIEWED) {
            return "/erfarenheter";
        }
        if (procurementId == null) {
            return "/aviseringar";
        }
        return (kind == NotificationKind.SURVEY_OPENED ? "/uppfoljning/" : "/upphandlingar/") + procurementId;
    }
}

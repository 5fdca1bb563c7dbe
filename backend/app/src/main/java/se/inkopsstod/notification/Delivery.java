package se.inkopsstod.notification;

/** How one person hears of one kind of notification. */
enum Delivery {
    /** In the app and by e-mail at once (the default). */
    IMMEDIATE,
    /** In the app at once, by e-mail in the next daily digest. */
    DAILY,
    /** Not at all. */
    OFF
}

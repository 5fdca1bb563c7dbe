package se.inkopsstod.outcomes.api;

/** The fixed questions of the satisfaction survey, each answered 1–5. */
public enum SurveyQuestion {
    /** Hur lätt är produkten att använda? */
    EASE_OF_USE,
    /** Hur väl stödjer den undervisningen/arbetet? */
    SUPPORTS_WORK,
    /** Hur stabil och tillgänglig är den? */
    RELIABILITY,
    /** Hur nöjd är du med leverantörens support? */
    VENDOR_SUPPORT
}

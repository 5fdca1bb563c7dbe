package se.inkopsstod.platform.axon;

/** Keys of the metadata every command and event carries for the audit trail. */
public final class AuditMetadata {

    public static final String TENANT_ID = "tenantId";
    public static final String USER_ID = "userId";
    public static final String USER_NAME = "userName";

    private AuditMetadata() {
    }
}

package se.inkopsstod.tenancy.api;

/** Whether a huvudman is a municipality or an independent school operator. */
public enum TenantKind {
    MUNICIPAL,
    INDEPENDENT
}

package se.inkopsstod.procurement.api;

import se.inkopsstod.shared.TenantId;

import java.util.List;

/**
 * Finds what in a text could tell the reader who wrote it: a vendor's name, a person's name, a
 * phone number, an e-mail address, an organisation or personal identity number. The procurement
 * context asks before a question reaches every vendor (OSL 19 kap. 3 §: the asker stays secret);
 * the finding itself lives with the anonymiser in outcomes, which implements this.
 */
public interface IdentityFinder {

    /** What in {@code text} names someone, in order of appearance; empty when nothing does. */
    List<IdentityFinding> find(TenantId tenant, String text);
}

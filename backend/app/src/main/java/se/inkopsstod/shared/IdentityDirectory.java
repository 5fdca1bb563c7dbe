package se.inkopsstod.shared;


/**
 * Maps a login to the person and roles in the application's own records. Blocking: call it off
 * the event loop. Links a person to their provider subject at the first login by verified e-mail.
 */
public interface IdentityDirectory {
    CurrentUser resolve(IdentityClaims claims);
}

package se.inkopsstod.notification;

import se.inkopsstod.tenancy.api.Contact;

import java.util.Collection;
import java.util.List;

/**
 * Something to tell these people: one notification each, unless their preference is off.
 *
 * @param sourceKey  the event id or reminder key it comes from: the same source never notifies a person twice
 * @param variant    which sentence of the kind ("" when the kind has one)
 * @param arguments  the words of the sentence: the procurement's title first, then the kind's own
 *                   (a moment is written {@link NotificationTexts#moment})
 */
record Notice(String sourceKey, NotificationKind kind, String variant, String tenantId, String procurementId,
              List<String> arguments, Collection<Contact> recipients) {

    Notice {
        arguments = List.copyOf(arguments);
        recipients = List.copyOf(recipients);
    }
}

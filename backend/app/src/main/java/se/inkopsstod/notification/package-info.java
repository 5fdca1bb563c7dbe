/**
 * Notifications: tells people what concerns them, in the app (an inbox with a live unread count)
 * and by e-mail, at once or in a daily digest, as each person chooses per kind. Listens to the
 * Kafka domain-event topic (questions, answers, amendments, deadline changes, mentions, award
 * decisions, surveys, lesson reviews) and to the clock (deadline reminders); learns who is
 * concerned through {@code procurement.api.ProcurementParticipants} and {@code tenancy.api.Contacts}.
 * Notifications carry no free text of the procurement (questions, answers, comments): e-mail leaves
 * the access rules behind, so it names the procurement and the kind of news and links back.
 */
package se.inkopsstod.notification;

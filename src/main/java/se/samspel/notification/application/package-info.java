/**
 * The notification dispatcher: claims each pending recipient of an outbox event, writes its mail
 * ({@link se.samspel.notification.application.NotificationMails}, with the words of the {@code
 * mail} message bundle, Swedish then English) and records whether it was sent, undeliverable or
 * failed. Configured by {@code samspel.notification.*}.
 */
package se.samspel.notification.application;

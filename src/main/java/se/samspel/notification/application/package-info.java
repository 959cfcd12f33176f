/**
 * The notification dispatcher: claims each pending recipient of an outbox event, writes its mail
 * and records whether it was sent, undeliverable or failed. Configured by {@code
 * samspel.notification.*}.
 */
package se.samspel.notification.application;

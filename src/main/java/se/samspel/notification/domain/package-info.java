/**
 * What a notification is: the mail to send, the words of each kind of notice (Swedish first, then
 * English), a pending recipient, and the ports to the mail server and to the recipients' delivery
 * state.
 */
package se.samspel.notification.domain;

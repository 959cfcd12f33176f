/**
 * What a notification is: the mail to send, a pending recipient as a dispatcher claims it, and the
 * ports to the mail server and to the recipients' delivery state. Pure Java; the words of the mails
 * are in the {@code mail} message bundle, put together by the application layer.
 */
package se.samspel.notification.domain;

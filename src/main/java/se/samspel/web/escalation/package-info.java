/** "Eskaleringar": what waits on a manager or the people below them, taken or escalated by hand. */
package se.samspel.web.escalation;

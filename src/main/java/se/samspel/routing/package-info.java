/**
 * Turns (requester, target, kind of contact) plus the active policy and the organisation into a
 * route: the ordered hops the guideline prescribes, each naming a position, its holder today and
 * what they do, with the rule and its quote; or the answer that the contact is free, or not
 * permitted. Reads the organisation from memory only.
 */
package se.samspel.routing;

/**
 * Contact requests and their life: a request is stored with the route it was given (and the policy
 * version and rule that gave it, which a later policy never changes), then carried hop by hop
 * through the department head's decision, the arrangement and completion, each step recorded in its
 * history.
 */
package se.samspel.request;

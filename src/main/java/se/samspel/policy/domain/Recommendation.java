package se.samspel.policy.domain;

import java.util.Objects;

/**
 * Whom a guideline recommends as the first contact of a contact it leaves free, so that whoever was
 * contacted can refer the person onward. Shown as a recommendation, never a route and never a
 * deviation (Kungsör, <i>Medborgare</i>: "Medborgarna/invånarnas/brukarnas kommunikering ska i
 * första hand gå via den medarbetare som sköter utförandet. Alla har ett gemensamt ansvar att
 * hänvisa till rätt kommunikationsväg.").
 *
 * @param to who is recommended, named relative to the contact
 * @param source the passage the recommendation comes from
 */
public record Recommendation(RecommendedContact to, Citation source) {

  public Recommendation {
    Objects.requireNonNull(to, "to is required");
    Objects.requireNonNull(source, "source is required");
  }

  /** Who a recommendation names, resolved over the organisation when a contact is routed. */
  public enum RecommendedContact {
    /**
     * The staff who perform the service in the unit the matter concerns, and the unit's manager.
     * Without a unit named by the contact, the recommendation says so in general terms.
     */
    STAFF_OF_CONCERNED_UNIT
  }
}

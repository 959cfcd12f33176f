package se.samspel.policy.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samspel.organisation.domain.PositionKind;

/**
 * Who takes part in a contact, as rules select them: the kind of position a person acts in, or an
 * external party. Rules may also name groups ({@code ANY_POLITICIAN}, {@code ANY_EMPLOYEE}, {@code
 * ANY_MANAGER}, {@code ANYONE}), which stand for sets of these.
 */
public enum PartyType {
  KSO,
  COMMITTEE_CHAIR,
  COMMITTEE_VICE_CHAIR,
  OPPOSITION_LEADER,
  PARTY_GROUP_LEADER,
  ELECTED_MEMBER,
  ELECTED_SUBSTITUTE,
  AUDITOR,
  MUNICIPAL_DIRECTOR,
  DEPARTMENT_HEAD,
  MANAGER,
  STAFF_MEMBER,
  COMMUNICATIONS_OFFICER,
  WHISTLEBLOWER_FUNCTION,
  CITIZEN,
  JOURNALIST;

  /** The named groups a rule may use instead of listing party types. */
  public static final Map<String, Set<PartyType>> GROUPS =
      Map.of(
          "ANY_POLITICIAN", positions(true),
          "ANY_EMPLOYEE", positions(false),
          "ANY_MANAGER", EnumSet.of(MUNICIPAL_DIRECTOR, DEPARTMENT_HEAD, MANAGER),
          "ANYONE", EnumSet.allOf(PartyType.class));

  public static PartyType of(PositionKind kind) {
    return valueOf(kind.name());
  }

  public static PartyType of(ExternalParty party) {
    return valueOf(party.name());
  }

  /** The position kind this party type stands for; empty for external parties. */
  public Optional<PositionKind> positionKind() {
    return Arrays.stream(PositionKind.values()).filter(k -> k.name().equals(name())).findFirst();
  }

  public boolean isExternal() {
    return this == CITIZEN || this == JOURNALIST;
  }

  /** Whether this is an employee of the organisation (has a chain of command). */
  public boolean isEmployee() {
    return positionKind().map(k -> !k.isPolitical()).orElse(false);
  }

  private static Set<PartyType> positions(boolean political) {
    EnumSet<PartyType> set = EnumSet.noneOf(PartyType.class);
    for (PositionKind kind : PositionKind.values()) {
      if (kind.isPolitical() == political) {
        set.add(of(kind));
      }
    }
    return set;
  }
}

package se.samspel.organisation.domain;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The roles Samspel authorises by. All but {@link #ADMINISTRATOR} and {@link #INTEGRATION} follow
 * from positions held.
 *
 * <p>A role is the coarse gate of an endpoint ({@code @RolesAllowed}). The rules themselves live in
 * the application layer and are decided from the same positions: who reads and corrects the
 * deviation record and the full review in {@code deviation.application.RecordAccess} (and {@code
 * review.application.ReviewAccess}), what a reader sees of a whistleblowing report in {@code
 * request.domain.Whistleblowing}. Pages and resources ask those, never a role, for anything finer
 * than the gate.
 */
public final class Roles {

  /** Anyone the organisation knows: a person found from the token's subject. */
  public static final String MEMBER = "member";

  /** Imports the organisation and uploads policies; granted by the identity provider's group. */
  public static final String ADMINISTRATOR = "administrator";

  /**
   * Administers the deployment: adds municipalities, and administers every one of them; granted by
   * the identity provider's administrator group itself ({@code samspel-admin}), where the group
   * with a municipality's code appended ({@code samspel-admin-1960}) administers that one only.
   */
  public static final String DEPLOYMENT_ADMINISTRATOR = "deployment-administrator";

  /**
   * An intranet system that reads the event feed; granted by the identity provider's integration
   * group, never by a position.
   */
  public static final String INTEGRATION = "integration";

  /** Holds any political position. */
  public static final String POLITICIAN = "politician";

  public static final String KSO = "kso";
  public static final String KD = "kd";
  public static final String DEPARTMENT_HEAD = "department-head";

  /** Leads others: KD, a department head or a manager at any level. */
  public static final String MANAGER = "manager";

  public static final String STAFF = "staff";
  public static final String COMMITTEE_CHAIR = "committee-chair";
  public static final String AUDITOR = "auditor";
  public static final String COMMUNICATIONS_OFFICER = "communications-officer";
  public static final String WHISTLEBLOWER_FUNCTION = "whistleblower-function";

  private Roles() {}

  /** The roles one position gives its holder. */
  public static Set<String> of(PositionKind kind) {
    Set<String> roles = new LinkedHashSet<>();
    if (kind.isPolitical()) {
      roles.add(POLITICIAN);
    } else {
      roles.add(STAFF);
    }
    if (kind.canLead()) {
      roles.add(MANAGER);
    }
    switch (kind) {
      case KSO -> {
        roles.add(KSO);
        roles.add(COMMITTEE_CHAIR);
      }
      case COMMITTEE_CHAIR -> roles.add(COMMITTEE_CHAIR);
      case MUNICIPAL_DIRECTOR -> {
        roles.add(KD);
        // KD is also department head of the central administration.
        roles.add(DEPARTMENT_HEAD);
      }
      case DEPARTMENT_HEAD -> roles.add(DEPARTMENT_HEAD);
      case AUDITOR -> roles.add(AUDITOR);
      case COMMUNICATIONS_OFFICER -> roles.add(COMMUNICATIONS_OFFICER);
      case WHISTLEBLOWER_FUNCTION -> roles.add(WHISTLEBLOWER_FUNCTION);
      default -> {}
    }
    return roles;
  }
}

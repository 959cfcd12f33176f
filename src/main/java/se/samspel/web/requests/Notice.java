package se.samspel.web.requests;

/**
 * What just happened, shown at the top of a page after an action (PRG), with what happens next.
 *
 * @param what submitted, approved, declined, redirected, withdrawn, arranged, resolved, completed,
 *     quick_decision_taken, acknowledged (taken at the reader's level), or conflict (someone else
 *     acted first)
 * @param destination where a redirected request went
 * @param next what the request waits for now, if anything
 */
public record Notice(String what, String subject, String id, String destination, Next next) {

  public boolean warning() {
    return what.equals("conflict");
  }
}

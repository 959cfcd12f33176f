package se.samspel.common;

/**
 * Names of the attributes Samspel puts on an authenticated caller's identity (Quarkus
 * SecurityIdentity), set where a token is resolved to a person (the security part's role augmentor)
 * and read where answers are made.
 */
public final class CallerAttributes {

  /** The caller's person id (organisation.domain.PersonId), when the login names one person. */
  public static final String PERSON = "samspel.person";

  /** The login the token named (the configured subject claim), whether or not it matched. */
  public static final String LOGIN = "samspel.login";

  /**
   * {@code Boolean.TRUE} when the login is shared by several people (logins differing only by case,
   * imported before that was refused): none of them is signed in as a person.
   */
  public static final String LOGIN_SHARED = "samspel.login-shared";

  /** The problem code of the 403 a caller with a shared login gets. */
  public static final String LOGIN_SHARED_CODE = "login-shared";

  /** The detail of that 403. */
  public static final String LOGIN_SHARED_DETAIL =
      "Your login is shared by several people of the organisation (the logins differ only by case);"
          + " an administrator must give them distinct logins by an import";

  /**
   * {@code Boolean.TRUE} when the caller is a person of another municipality than the addressed one
   * and holds no role in it: what would be 403 there is 404, as if it did not exist (issue 16).
   */
  public static final String FOREIGN_MUNICIPALITY = "samspel.foreign-municipality";

  private CallerAttributes() {}
}

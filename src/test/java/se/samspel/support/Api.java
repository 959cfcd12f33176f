package se.samspel.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests as a person of the demo organisation, over real HTTP with a real signed token. */
public final class Api {

  private Api() {}

  public static RequestSpecification as(String login) {
    return given().auth().oauth2(Tokens.forLogin(login));
  }

  public static RequestSpecification asAdministrator() {
    return given().auth().oauth2(Tokens.administrator("admin"));
  }

  public static RequestSpecification anonymous() {
    return given();
  }
}

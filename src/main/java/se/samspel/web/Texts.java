package se.samspel.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words every page shares (layout, navigation, login, errors), in Swedish; the English ones are
 * in {@code messages/msg_en.properties}. Templates write {@code {msg:nav_contact}}.
 */
@MessageBundle(value = "msg", locale = "sv")
public interface Texts {

  @Message("Samspel")
  String app_name();

  @Message("Hoppa till innehållet")
  String skip_to_content();

  @Message("Huvudmeny")
  String nav_label();

  @Message("Start")
  String nav_home();

  @Message("Kontakta förvaltningen")
  String nav_contact();

  @Message("Mina ärenden")
  String nav_mine();

  @Message("Att besluta")
  String nav_decide();

  @Message("{count} väntar")
  String nav_decide_count(long count);

  @Message("Eskaleringar")
  String nav_escalations();

  @Message("Rapportera kontakt")
  String nav_report();

  @Message("Verksamhetsbesök")
  String nav_site_visits();

  @Message("Avvikelser")
  String nav_deviations();

  @Message("Årlig uppföljning")
  String nav_review();

  @Message("Riktlinje")
  String nav_policy();

  @Message("Administration")
  String nav_administration();

  @Message("In English")
  String switch_language();

  @Message("Inloggad som {name}")
  String logged_in_as(String name);

  @Message("Logga ut")
  String logout();

  @Message("Logga in")
  String login();

  @Message(
      "Samspel visar vilken väg en kontakt mellan politiker och förvaltning ska ta enligt kommunens riktlinje, och följer ärendet tills det är klart.")
  String tagline();

  // ---- login page ----

  @Message("Logga in")
  String login_title();

  @Message("Användarnamn")
  String login_field();

  @Message("Ditt användarnamn i demoorganisationen, till exempel politiker eller kd.")
  String login_field_hint();

  @Message("Välj en person i demoorganisationen")
  String login_demo_people();

  @Message(
      "Demoinloggning utan lösenord. Den finns bara i demoläget och aldrig i en produktionsmiljö.")
  String login_demo_note();

  @Message(
      "Inloggningen sker med kommunens gemensamma inloggning (single sign-on). Kontakta IT-avdelningen om du inte kommer in.")
  String login_sso_note();

  @Message("Ingen person har det användarnamnet.")
  String login_unknown();

  @Message("Du är utloggad.")
  String logged_out();

  @Message("Logga in med kommunens inloggning")
  String login_with_provider();

  @Message("Du loggas ut")
  String leaving_title();

  @Message(
      "Du är utloggad från Samspel. Nu avslutas också inloggningen hos kommunens inloggningstjänst.")
  String leaving_text();

  @Message("Fortsätt")
  String leaving_continue();

  @Message(
      "Du är inloggad som {login}, men ingen person i kommunens organisation i Samspel har den inloggningen. Organisationen kommer från HR-systemet: be Samspels administratör att lägga in din inloggning, eller logga ut och logga in med ett annat konto.")
  String not_a_person(String login);

  @Message(
      "Du är inloggad som {login}, men flera personer i organisationen har den inloggningen (den skiljer sig bara i stora och små bokstäver). Ingen av dem kan logga in förrän Samspels administratör har rättat inloggningarna med en ny import.")
  String login_shared(String login);

  // ---- errors ----

  @Message("Något blev fel")
  String error_title();

  @Message(
      "{#when status}{#is 400}Uppgifterna kunde inte tas emot. Rätta det som anges nedan och försök igen.{#is 403}Du har inte behörighet att göra detta med de befattningar du har.{#is 404}Sidan eller ärendet finns inte, eller så är det inte ditt att se.{#is 409}Det här har redan ändrats eller hanterats, kanske av någon annan eller i en annan flik. Ladda om sidan och se hur det står nu.{#is 413}Det du skickade är för stort.{#is 415}Formatet stöds inte.{#is 422}Uppgifterna bryter mot en regel. Se nedan.{#is 429}Du har gjort för många försök. Vänta en stund och försök igen.{#else}Något gick fel hos oss. Felet är loggat.{/when}")
  String error_text(int status);

  @Message(
      "Formuläret har gått ut eller skickades inte från den här webbplatsen. Ladda om sidan och försök igen.")
  String error_csrf();

  @Message("Felkod {status}")
  String error_status(int status);

  @Message("Tillbaka till start")
  String back_home();

  @Message("Fält")
  String field();

  @Message("Orsak")
  String reason();

  @Message("Detaljer (på engelska)")
  String details_english();

  // ---- start page ----

  @Message("Välkommen till Samspel")
  String home_title();

  @Message("Vad vill du göra?")
  String home_what();

  @Message("Fråga något av förvaltningen: se vilken väg riktlinjen anvisar innan du skickar.")
  String home_contact();

  @Message("Följ dina ärenden och se vem som gjorde vad och när.")
  String home_mine();

  @Message("Godkänn, avslå eller skicka vidare det som väntar på dig.")
  String home_decide();

  @Message("Se vad som väntar på dig och dina medarbetare, och vad som har passerat sin tid.")
  String home_escalations();

  @Message("Rapportera en kontakt som redan har skett och få den bedömd mot riktlinjen.")
  String home_report();

  @Message(
      "Registrera ett spontant verksamhetsbesök i efterhand; det räknas i den årliga uppföljningen.")
  String home_site_visits();

  @Message("Avvikelseregistret och kedjans kontroll.")
  String home_deviations();

  @Message("Den årliga uppföljning som riktlinjen kräver.")
  String home_review();

  @Message("Läs den gällande riktlinjen: regler, citat och källor.")
  String home_policy();

  @Message("Den anonymiserade uppföljningen är öppen för alla.")
  String home_public_review();

  @Message("Sidor")
  String pages_label();

  @Message("Föregående sida")
  String previous_page();

  @Message("Nästa sida")
  String next_page();

  @Message("Sida {number} av {pages}")
  String page_of(int number, int pages);
}

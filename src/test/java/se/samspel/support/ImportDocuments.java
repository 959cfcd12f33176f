package se.samspel.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import se.samspel.organisation.demo.DemoOrganisation;
import se.samspel.organisation.importing.ImportDocument;
import se.samspel.organisation.importing.OrganisationImportRequest;
import se.samspel.organisation.importing.OrganisationImportRequest.ActingJson;
import se.samspel.organisation.importing.OrganisationImportRequest.PersonJson;
import se.samspel.organisation.importing.OrganisationImportRequest.PositionJson;
import se.samspel.organisation.importing.OrganisationImportRequest.UnitJson;

/** Import documents as the JSON import endpoint takes them. */
public final class ImportDocuments {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ImportDocuments() {}

  /** The demo organisation (the shared fixture) in the JSON request shape. */
  public static OrganisationImportRequest demo() {
    return toRequest(DemoOrganisation.build());
  }

  public static OrganisationImportRequest toRequest(ImportDocument document) {
    List<UnitJson> units =
        document.units().stream()
            .map(
                u ->
                    new UnitJson(
                        u.id(), u.name(), u.kind(), u.parent(), u.responsibleCommittee(), u.head()))
            .toList();
    List<PositionJson> positions =
        document.positions().stream()
            .map(
                p ->
                    new PositionJson(
                        p.id(),
                        p.title(),
                        p.kind(),
                        p.unit(),
                        p.reportsTo(),
                        p.holder(),
                        p.party(),
                        p.acting().stream()
                            .map(a -> new ActingJson(a.person(), a.from(), a.to()))
                            .toList()))
            .toList();
    List<PersonJson> people =
        document.people().stream()
            .map(p -> new PersonJson(p.id(), p.name(), p.email(), p.login()))
            .toList();
    return new OrganisationImportRequest(units, positions, people);
  }

  /**
   * The demo organisation after {@code person} has left: they are no longer listed, and the posts
   * they held or acted in are left without them, so that an import retires them.
   */
  public static OrganisationImportRequest demoWithout(String person) {
    OrganisationImportRequest demo = demo();
    List<PositionJson> positions =
        demo.positions().stream()
            .map(
                p ->
                    new PositionJson(
                        p.id(),
                        p.title(),
                        p.kind(),
                        p.unit(),
                        p.reportsTo(),
                        person.equals(p.holder()) ? null : p.holder(),
                        p.party(),
                        p.acting().stream().filter(a -> !person.equals(a.person())).toList()))
            .toList();
    List<PersonJson> people = demo.people().stream().filter(p -> !person.equals(p.id())).toList();
    return new OrganisationImportRequest(demo.units(), positions, people);
  }

  public static String json(OrganisationImportRequest request) {
    try {
      return JSON.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

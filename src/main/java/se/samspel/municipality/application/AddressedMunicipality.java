package se.samspel.municipality.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import se.samspel.municipality.domain.MunicipalityId;

/**
 * The municipality one request (or one unit of background work) is about: set by the address
 * ({@code /api/{municipalityId}/…}) or by {@link MunicipalityScope#within}; empty on the unscoped,
 * deprecated addresses. Read only through {@link MunicipalityScope#current()}.
 */
@RequestScoped
public class AddressedMunicipality {

  private MunicipalityId id;

  Optional<MunicipalityId> id() {
    return Optional.ofNullable(id);
  }

  void set(MunicipalityId id) {
    this.id = id;
  }
}

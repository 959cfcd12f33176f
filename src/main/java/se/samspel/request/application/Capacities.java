package se.samspel.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.request.domain.Capacity;
import se.samspel.substitution.application.SubstituteResolver;

/**
 * Who acts in which position today, with substitutes: a hop reaches the position's holder (its
 * acting holder while a t.f. assignment runs), or their substitute while they are away; and a
 * substitute may act in the absent person's positions. Read from memory.
 */
@ApplicationScoped
public class Capacities {

  private final OrganisationDirectory directory;
  private final SubstituteResolver substitutes;

  public Capacities(OrganisationDirectory directory, SubstituteResolver substitutes) {
    this.directory = directory;
    this.substitutes = substitutes;
  }

  /** The positions a person may act in on a day. */
  public Capacity of(PersonId person, LocalDate day) {
    OrganisationGraph graph = directory.current();
    Set<PositionId> own =
        graph.positionsHeldBy(person, day).stream().map(Position::id).collect(Collectors.toSet());
    Map<PositionId, PersonId> substituting = new HashMap<>();
    for (PersonId absent : substitutes.actingFor(person, day)) {
      for (Position position : graph.positionsHeldBy(absent, day)) {
        if (!own.contains(position.id())) {
          substituting.putIfAbsent(position.id(), absent);
        }
      }
    }
    return new Capacity(own, substituting);
  }

  /**
   * The person who acts in a position on a day: its holder, or the substitute of an absent holder;
   * empty when the post is vacant or everyone on the substitution chain is away.
   */
  public Optional<PersonId> whoActsIn(PositionId position, LocalDate day) {
    return directory
        .current()
        .holderOn(position, day)
        .flatMap(holder -> substitutes.resolve(holder.id(), day).acting());
  }
}

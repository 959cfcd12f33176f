package se.samspel.organisation.demo;

import java.util.List;
import java.util.Random;

/** Common Swedish first names and surnames, for generated people. */
final class SwedishNames {

  private static final List<String> FIRST =
      List.of(
          "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma", "Ingrid", "Malin",
          "Sofia", "Linda", "Elin", "Jenny", "Hanna", "Johanna", "Ida", "Frida", "Maja", "Ebba",
          "Elsa", "Alice", "Astrid", "Saga", "Ella", "Wilma", "Klara", "Agnes", "Lisa", "Helena",
          "Lars", "Mikael", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Thomas", "Jan",
          "Daniel", "Fredrik", "Hans", "Magnus", "Mats", "Stefan", "Andreas", "Jonas", "Oskar",
          "William", "Lucas", "Hugo", "Elias", "Axel", "Liam", "Noah", "Adam", "Viktor", "Emil",
          "Gustav", "Nils", "Olof", "Björn", "Göran", "Åsa", "Ylva", "Yusuf", "Amira", "Leila");

  private static final List<String> LAST =
      List.of(
          "Andersson",
          "Johansson",
          "Karlsson",
          "Nilsson",
          "Eriksson",
          "Larsson",
          "Olsson",
          "Persson",
          "Svensson",
          "Gustafsson",
          "Pettersson",
          "Jonsson",
          "Jansson",
          "Hansson",
          "Bengtsson",
          "Jönsson",
          "Lindberg",
          "Jakobsson",
          "Magnusson",
          "Olofsson",
          "Lindström",
          "Lindqvist",
          "Lindgren",
          "Berg",
          "Axelsson",
          "Bergström",
          "Lundberg",
          "Lind",
          "Lundgren",
          "Lundqvist",
          "Mattsson",
          "Berglund",
          "Fredriksson",
          "Sandberg",
          "Henriksson",
          "Forsberg",
          "Sjöberg",
          "Wallin",
          "Engström",
          "Eklund",
          "Danielsson",
          "Lundin",
          "Håkansson",
          "Björk",
          "Bergman",
          "Gunnarsson",
          "Holm",
          "Wikström",
          "Samuelsson",
          "Isaksson",
          "Fransson",
          "Bergqvist",
          "Nyström",
          "Holmberg",
          "Arvidsson",
          "Löfgren",
          "Söderberg",
          "Nyberg",
          "Blomqvist",
          "Claesson",
          "Nordström",
          "Mårtensson",
          "Lundström",
          "Ali",
          "Mohammed",
          "Eklöf",
          "Åberg",
          "Öberg",
          "Ek",
          "Hedlund",
          "Sundberg",
          "Strand");

  private final Random random;

  SwedishNames(long seed) {
    this.random = new Random(seed);
  }

  String next() {
    return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
  }
}

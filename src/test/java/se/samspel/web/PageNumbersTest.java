package se.samspel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageNumbersTest {

  @Test
  void a_page_number_typed_by_hand_that_is_not_a_page_shows_the_first_page() {
    assertThat(PageNumbers.requested(null)).isEqualTo(1);
    assertThat(PageNumbers.requested("")).isEqualTo(1);
    assertThat(PageNumbers.requested("två")).isEqualTo(1);
    assertThat(PageNumbers.requested("0")).isEqualTo(1);
    assertThat(PageNumbers.requested("-4")).isEqualTo(1);
    assertThat(PageNumbers.requested(" 3 ")).isEqualTo(3);
    assertThat(PageNumbers.requested("99999999999")).isEqualTo(1);
    assertThat(PageNumbers.requested("2147483647")).isEqualTo(100_000);
  }

  @Test
  void an_empty_list_has_one_page_and_a_full_last_page_adds_none() {
    assertThat(PageNumbers.pagesFor(0, 20)).isEqualTo(1);
    assertThat(PageNumbers.pagesFor(20, 20)).isEqualTo(1);
    assertThat(PageNumbers.pagesFor(21, 20)).isEqualTo(2);
    assertThat(PageNumbers.pagesFor(60, 20)).isEqualTo(3);
  }

  @Test
  void the_links_lead_to_the_neighbouring_pages_that_exist() {
    PageNumbers first = PageNumbers.of(1, 45, 20);
    assertThat(first.pages()).isEqualTo(3);
    assertThat(first.several()).isTrue();
    assertThat(first.hasPrevious()).isFalse();
    assertThat(first.hasNext()).isTrue();
    assertThat(first.next()).isEqualTo(2);

    PageNumbers last = PageNumbers.of(3, 45, 20);
    assertThat(last.hasPrevious()).isTrue();
    assertThat(last.previous()).isEqualTo(2);
    assertThat(last.hasNext()).isFalse();

    assertThat(PageNumbers.of(1, 7, 20).several()).isFalse();
  }
}

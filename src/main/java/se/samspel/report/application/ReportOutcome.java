package se.samspel.report.application;

import java.time.LocalDate;
import java.util.Objects;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Provenance;
import se.samspel.policy.domain.Rule;
import se.samspel.report.domain.Verdict;

/**
 * What became of a reported contact ({@link ReportContact}). Every answer the use case gives is one
 * of these values; the REST resource turns the refusals into problems and the page renders each
 * without reading any text.
 */
public sealed interface ReportOutcome {

  /**
   * The contact departed from the guideline in force that day and is in the deviation record.
   *
   * @param seq the entry's number in the record
   */
  record Recorded(Verdict.Deviation verdict, PolicyVersion policy, long seq)
      implements ReportOutcome {
    public Recorded {
      Objects.requireNonNull(verdict, "verdict is required");
      Objects.requireNonNull(policy, "policy is required");
    }
  }

  /** No deviation: the guideline allows the contact, or has no rule for it. Nothing is stored. */
  record InLine(Verdict.NoDeviation verdict, PolicyVersion policy) implements ReportOutcome {
    public InLine {
      Objects.requireNonNull(verdict, "verdict is required");
      Objects.requireNonNull(policy, "policy is required");
    }
  }

  /**
   * The law protects the contact (meddelarfrihet: a staff member and the media): it cannot be
   * reported, and nothing about it — not even who reported it — is stored or logged.
   *
   * @param law the statutory rule that protects it, with its quote
   * @param source where the statutory rules come from ({@code policies/statutory.json})
   */
  record Protected(Rule law, Provenance source) implements ReportOutcome {
    public Protected {
      Objects.requireNonNull(law, "law is required");
      Objects.requireNonNull(source, "source is required");
    }
  }

  /**
   * A report of suspected wrongdoing: it belongs with the whistleblower function (lag 2021:890),
   * never in the deviation record. Nothing is stored.
   */
  record ForWhistleblowerFunction() implements ReportOutcome {}

  /**
   * No version of the guideline was in force on the day the contact happened, so it cannot be
   * judged. Nothing is stored.
   *
   * @param day the day of the contact, in the calendar's zone
   */
  record NoGuidelineThen(LocalDate day) implements ReportOutcome {
    public NoGuidelineThen {
      Objects.requireNonNull(day, "day is required");
    }
  }
}

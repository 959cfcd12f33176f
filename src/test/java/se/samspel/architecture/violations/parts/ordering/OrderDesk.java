package se.samspel.architecture.violations.parts.ordering;

import se.samspel.architecture.violations.parts.billing.InvoiceDesk;

/** One part that calls another part which calls it back: a cycle between parts. */
public class OrderDesk {
  public String invoiceFor(InvoiceDesk invoices) {
    return invoices.reference();
  }
}

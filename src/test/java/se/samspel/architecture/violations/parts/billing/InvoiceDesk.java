package se.samspel.architecture.violations.parts.billing;

import se.samspel.architecture.violations.parts.ordering.OrderDesk;

/** The other half of the cycle: billing reaches back into ordering. */
public class InvoiceDesk {
  public String reference() {
    return "INV";
  }

  public String orderOf(OrderDesk orders) {
    return orders.invoiceFor(this);
  }
}

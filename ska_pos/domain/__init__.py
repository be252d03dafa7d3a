"""Pure business rules of SKA POS: money, pricing, earnings, QRIS and receipt numbers (no Qt, no database)."""

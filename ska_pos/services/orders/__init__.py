"""Orders that take days (laundry, tailoring, the salon): the services the counter screens and the CLI call.

Each writing service takes `(session, actor, ...)`, checks the permissions table, and writes inside the caller's
transaction (one user action, one transaction); a refusal raises a `ServiceError` in the user's language and writes
nothing. The modules (docs/orders.md lists the whole API):

- `rules`: an outlet's order rules (pay later, cancellation fee, express tiers, the "ready but not collected" days).
- `intake`: `take_order`, with its lines, the customer and an optional deposit.
- `payments`: `pay_order` (a deposit while open, the balance once completed), `refund_order` (give back what is held).
- `stages`: `move_order` forward through the outlet's workflow; crossing the completing stage writes the order's
  sale (services/order_sales.py); `collect_order` hands it over.
- `cancel`: `cancel_order`, with a reason and a supervisor's approval; keeps the outlet's fee, gives the rest back.
- `state`: `load_order`, one order as it is now, folded from its rows; `lookup`: finding orders, the lists of orders
  ready but not collected, of debts and of deposits held, by age.
"""

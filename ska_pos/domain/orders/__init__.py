"""Orders that take days (laundry, tailoring, the salon's queue and appointments): their stages and their money.

Pure rules, no database: `workflow` says which stage may follow which for an outlet's orders, `money` folds an
order's payments, completion, cancellation and refunds into what is held for the customer, recognised, owed and
given back (docs/orders.md).
"""

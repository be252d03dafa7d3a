"""The counter's screens for orders that take days (laundry, tailoring, the salon): the board, intake, finding an
order, payments, collection and cancellation. Reached from the till where the outlet's profile takes orders."""

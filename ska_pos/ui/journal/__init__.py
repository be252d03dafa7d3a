"""Today's journal of the till: reprint a receipt as a copy, void a sale, refund chosen lines."""

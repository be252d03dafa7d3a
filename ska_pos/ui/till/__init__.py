"""The cashier's sale screen and payment dialog (`sale_screen.SaleScreen`, `payment_dialog.PaymentDialog`)."""

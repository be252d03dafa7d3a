"""The manager's screens: workers' earnings, payouts, statements, outlets compared, workers and share rules."""

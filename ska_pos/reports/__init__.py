"""Receipts and reports rendered from plain data: no database, no Qt."""

"""The refusals of sealing, importable without loading `cryptography` (the till's start catches them)."""

from __future__ import annotations


class KeyStoreError(Exception):
    """The keys cannot be read or kept; the message is for the user."""

"""Sealing workers' personal data: the envelope of a sealed value (envelope.py) and where its keys live
(key_store.py). Plain Python over `cryptography` and `keyring`: no database, no Qt (docs/personal-data.md)."""

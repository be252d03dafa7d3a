"""Finding a sealed value without opening every row: a keyed hash (HMAC-SHA256) beside the sealed value.

A sealed value has a fresh nonce each time, so two seals of one phone number differ and no index can find it. The
lookup is `<key id>:<HMAC-SHA256 hex>`, keyed by a key derived from the sealing key (never the AES key itself), so
without the key the database alone does not tell which row holds a given number (a plain hash of a phone number is
reversed by trying every number). To search, the caller computes one lookup per key this computer holds: a value
sealed before a new key was added is still found.
"""

from __future__ import annotations

import hashlib
import hmac

from ska_pos.sealing.envelope import KeyRing

_PURPOSE = b"ska-pos lookup v1:"


def _lookup_key(key: bytes, field: str) -> bytes:
    return hmac.new(key, _PURPOSE + field.encode("ascii"), hashlib.sha256).digest()


def lookup_of(ring: KeyRing, field: str, value: str) -> str:
    """The lookup to store with a value sealed now (with the current key)."""
    return _lookup(ring.current, ring.keys[ring.current], field, value)


def lookups_of(ring: KeyRing, field: str, value: str) -> list[str]:
    """Every lookup the value could have been stored with, one per key this computer holds."""
    return [_lookup(key_id, key, field, value) for key_id, key in sorted(ring.keys.items())]


def _lookup(key_id: str, key: bytes, field: str, value: str) -> str:
    digest = hmac.new(_lookup_key(key, field), value.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{key_id}:{digest}"

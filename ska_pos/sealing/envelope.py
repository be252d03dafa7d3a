"""A sealed personal value: AES-256-GCM with a fresh random nonce, and the row and field it belongs to as
associated data, so a value copied to another worker or another field does not open.

A sealed value is one line of text, `pd1:A256GCM:<key id>:<base64url(nonce | ciphertext | tag)>`: the envelope's
version, the algorithm and the id of the key that sealed it, so that keys can rotate (a value opens with the key it
names, new values are sealed with the current key) and another algorithm can follow without guessing.
"""

from __future__ import annotations

import base64
import binascii
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ska_pos.i18n import _

VERSION = "pd1"
ALGORITHM = "A256GCM"
KEY_BYTES = 32
NONCE_BYTES = 12


class SealError(Exception):
    """A sealed value cannot be opened; the message is for the user."""


class KeyMissing(SealError):
    """The value was sealed with a key this computer does not have."""


class SealBroken(SealError):
    """The value does not open with its key: another key of the same id, a changed value, or a value moved from
    another row or field."""


@dataclass(frozen=True)
class KeyRing:
    """The keys this computer holds, by id, and the one new values are sealed with."""

    current: str
    keys: Mapping[str, bytes]

    def __post_init__(self) -> None:
        if self.current not in self.keys:
            raise ValueError("the current key must be one of the keys")
        if any(len(key) != KEY_BYTES for key in self.keys.values()):
            raise ValueError("every key is 32 bytes")


def new_key_id() -> str:
    return os.urandom(4).hex()


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def associated_data(row_id: uuid.UUID, field: str) -> bytes:
    return f"worker:{row_id}:{field}".encode("ascii")


def seal(ring: KeyRing, row_id: uuid.UUID, field: str, value: str) -> str:
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(ring.keys[ring.current]).encrypt(nonce, value.encode("utf-8"), associated_data(row_id, field))
    payload = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
    return f"{VERSION}:{ALGORITHM}:{ring.current}:{payload}"


def key_id_of(sealed: str) -> str:
    parts = sealed.split(":")
    if len(parts) != 4 or parts[0] != VERSION or parts[1] != ALGORITHM:
        raise SealBroken(_("A stored personal value is not in a form this SKA POS knows."))
    return parts[2]


def open_sealed(ring: KeyRing, row_id: uuid.UUID, field: str, sealed: str) -> str:
    key_id = key_id_of(sealed)
    key = ring.keys.get(key_id)
    if key is None:
        raise KeyMissing(
            _(
                "The personal data was sealed with key {key_id}, which this computer does not have; import the key "
                "with `ska-pos key import FILE`.",
                key_id=key_id,
            )
        )
    try:
        raw = base64.urlsafe_b64decode(sealed.split(":")[3].encode("ascii"))
        plain = AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], associated_data(row_id, field))
    except (InvalidTag, ValueError, binascii.Error) as error:
        raise SealBroken(_("A stored personal value does not open with its key: it was changed or moved.")) from error
    return plain.decode("utf-8")

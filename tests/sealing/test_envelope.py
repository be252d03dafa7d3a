"""A sealed value opens only with its key, in its own row and field; keys rotate by id."""

from __future__ import annotations

import base64
import uuid

import pytest

from ska_pos.sealing.envelope import KeyMissing, KeyRing, SealBroken, new_key, open_sealed, seal

ROW, OTHER_ROW = uuid.uuid4(), uuid.uuid4()
RING = KeyRing("k1", {"k1": new_key()})


def test_a_value_goes_round() -> None:
    sealed = seal(RING, ROW, "nik", "3171234567890123")
    assert sealed.startswith("pd1:A256GCM:k1:")
    assert "3171234567890123" not in sealed
    assert open_sealed(RING, ROW, "nik", sealed) == "3171234567890123"


def test_the_same_value_seals_differently_each_time() -> None:
    assert seal(RING, ROW, "phone", "0812") != seal(RING, ROW, "phone", "0812")


@pytest.mark.parametrize(("row", "field"), [(OTHER_ROW, "nik"), (ROW, "phone")])
def test_a_value_moved_to_another_row_or_field_does_not_open(row: uuid.UUID, field: str) -> None:
    sealed = seal(RING, ROW, "nik", "3171234567890123")
    with pytest.raises(SealBroken):
        open_sealed(RING, row, field, sealed)


def test_a_wrong_key_with_the_same_id_or_a_changed_value_does_not_open() -> None:
    sealed = seal(RING, ROW, "nik", "3171234567890123")
    with pytest.raises(SealBroken):
        open_sealed(KeyRing("k1", {"k1": new_key()}), ROW, "nik", sealed)
    head, payload = sealed.rsplit(":", 1)
    raw = bytearray(base64.urlsafe_b64decode(payload))
    raw[-1] ^= 1  # one bit of the tag
    flipped = f"{head}:{base64.urlsafe_b64encode(bytes(raw)).decode()}"
    with pytest.raises(SealBroken):
        open_sealed(RING, ROW, "nik", flipped)
    with pytest.raises(SealBroken):
        open_sealed(RING, ROW, "nik", "3171234567890123")  # a value never sealed


def test_a_value_sealed_with_a_key_this_computer_lacks_says_which() -> None:
    sealed = seal(KeyRing("k9", {"k9": new_key()}), ROW, "nik", "3171234567890123")
    with pytest.raises(KeyMissing, match="k9"):
        open_sealed(RING, ROW, "nik", sealed)


def test_after_a_rotation_old_values_still_open_and_new_ones_use_the_new_key() -> None:
    old = seal(RING, ROW, "nik", "3171234567890123")
    rotated = KeyRing("k2", {**RING.keys, "k2": new_key()})
    assert open_sealed(rotated, ROW, "nik", old) == "3171234567890123"
    assert seal(rotated, ROW, "nik", "x").split(":")[2] == "k2"

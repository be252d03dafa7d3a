"""Keys for new records: made on the till, unique across tills, and in the order they were made."""

from __future__ import annotations

import uuid

from uuid_utils.compat import uuid7


def new_id() -> uuid.UUID:
    """A UUIDv7: 48 bits of Unix milliseconds, then a counter and random bits (monotonic within this process).

    Made on the till, so records of many tills can meet in one sentra database. Time-ordered so that a sale's new
    rows land at the right-hand end of each index: random (v4) keys scattered them over about 30 indexes, and one
    sale dirtied 48 pages. The wall clock is right here, not the project clock: a key only has to be unique and
    roughly in order, it never states a business time.
    """
    return uuid7()

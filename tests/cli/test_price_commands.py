"""`ska-pos price set` and `ska-pos price history`: the same service as the item form, an administrator's PIN."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from shop import PINS, Shop
from sqlalchemy import select

from cli.demo_admin import log_in_as
from ska_pos.cli.main import main
from ska_pos.db.models import AuditEntry
from ska_pos.i18n import current_language, set_language

pytestmark = pytest.mark.time_machine(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    previous = current_language()
    yield
    set_language(previous)


def test_a_scheduled_price_from_the_command_line(
    shop: Shop, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = shop.db.url
    log_in_as(monkeypatch, "admin", PINS["admin"])
    assert main(["--lang", "en", "--db", url, "price", "set", "kopi", "99,000", "--outlet", "kfe",
                 "--from", "2026-12-09"]) == 0  # fmt: skip
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == [
        "Kopi Tubruk: Rp8,000 today",
        "  Rp99,000 from 2026-12-09 (scheduled)",
        "  Rp8,000 from 2026-12-06",
    ]
    assert main(["--lang", "en", "--db", url, "price", "set", "KOPI", "1000", "--outlet", "KFE",
                 "--from", "2026-12-01"]) == 1  # fmt: skip
    assert "cannot take effect before today" in capsys.readouterr().err
    assert main(["--lang", "en", "--db", url, "price", "history", "KOPI", "--outlet", "KFE"]) == 0
    assert "Rp99,000 from 2026-12-09 (scheduled)" in capsys.readouterr().out
    with shop.db.reading() as s:
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("%price%"))).all() == [
            "item_price_changed", "cli.price_set"]  # fmt: skip

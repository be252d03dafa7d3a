"""`ska-pos labels print` and `ska-pos labels prefix`: the same services as the catalogue window, an
administrator's PIN for what changes the catalogue."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from barcode_reading import read_pages
from shop import PINS, Shop
from sqlalchemy import select

from cli.demo_admin import log_in_as
from ska_pos.cli.main import main
from ska_pos.db.models import AuditEntry, Barcode
from ska_pos.domain.own_barcodes import own_code

pytestmark = pytest.mark.time_machine(datetime(2026, 12, 6, 3, 0, tzinfo=UTC))


def test_labels_for_the_items_without_a_barcode_after_giving_them_numbers(
    shop: Shop, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url, out = shop.db.url, tmp_path / "labels.pdf"
    log_in_as(monkeypatch, "admin", PINS["admin"])
    assert main(["--lang", "en", "--db", url, "labels", "prefix", "21"]) == 0
    assert main(["--lang", "en", "--db", url, "labels", "print", "--outlet", "sln", "--without-barcode",
                 "--out", str(out)]) == 1  # fmt: skip
    assert "add --assign" in capsys.readouterr().err
    assert main(["--lang", "en", "--db", url, "labels", "print", "--outlet", "sln", "--without-barcode", "--assign",
                 "--copies", "3", "--layout", "label-40x30", "--out", str(out)]) == 0  # fmt: skip
    printed = capsys.readouterr().out.splitlines()
    assert printed == [f"POTONG Potong Rambut: {own_code('21', 1)}", f"3 labels written to {out}"]
    assert read_pages(out.read_bytes()) == [[own_code("21", 1)]] * 3
    with shop.db.reading() as s:
        assert s.scalar(select(Barcode.code).where(Barcode.item_id == shop.potong.id)) == own_code("21", 1)
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("%barcode%"))).all()
        assert actions == ["barcode_prefix_set", "barcode_assigned"]


def test_labels_of_a_category_in_indonesian(shop: Shop, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "minuman.pdf"
    assert main(["--lang", "id", "--db", shop.db.url, "labels", "print", "--outlet", "KFE", "--category", "minuman",
                 "--copies", "2", "--out", str(out)]) == 0  # fmt: skip
    assert capsys.readouterr().out.startswith("4 label")
    (page,) = read_pages(out.read_bytes())
    assert len(page) == 4  # the shop's codes (8990001...) are not EAN-13: they print as Code 128
    assert main(["--lang", "en", "--db", shop.db.url, "labels", "print", "--outlet", "KFE", "--category", "Teh",
                 "--out", str(out)]) == 1  # fmt: skip
    assert "No category Teh" in capsys.readouterr().err

"""Files the user hands the commands, and places they write to: each problem is a message and exit status 1."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cli.demo_admin import log_in_as, make_demo
from ska_pos.cli.main import main
from ska_pos.db.database import open_database
from ska_pos.db.models import Item
from ska_pos.i18n import current_language, set_language

PERIOD = ["--from", "2026-01-01", "--to", "2026-12-31"]


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    previous = current_language()
    yield
    set_language(previous)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('files') / 'cli.sqlite3'}"
    previous = current_language()  # --lang sets the language for the process: give it back to later tests
    pins = make_demo(url, "--days", "0")
    set_language(previous)
    return url, pins["admin"]


@pytest.fixture
def demo_db(demo: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> str:
    url, pin = demo
    log_in_as(monkeypatch, "admin", pin)
    return url


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Runs the command, which must fail with a message (a traceback would raise out of main)."""
    capsys.readouterr()
    assert main(["--lang", "en", *argv]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ")
    assert "Traceback" not in err
    return err


def import_catalog(url: str, path: Path) -> list[str]:
    return ["--db", url, "import", "catalog", str(path), "--outlet", "TKO"]


def test_a_windows_excel_csv_in_cp1252_is_imported(demo_db: str, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("sku,name,price\r\nCP1,Tas Rajut – Café Édition,45.000\r\n".encode("cp1252"))
    assert main(["--lang", "en", *import_catalog(demo_db, path)]) == 0
    database = open_database(demo_db)
    with database.reading() as s:
        assert s.scalar(select(Item.name).where(Item.sku == "CP1")) == "Tas Rajut – Café Édition"
    database.dispose()


def test_a_utf8_csv_with_excels_byte_order_mark_is_imported(demo_db: str, tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("sku,name,price\nBOM1,Kopi Gayo – Aceh,30000\n".encode("utf-8-sig"))
    assert main(["--lang", "en", *import_catalog(demo_db, path)]) == 0


def test_a_row_with_an_extra_field_is_a_row_error(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "extra.csv"
    path.write_text("sku,name,price\nEX1,Tas,1000\nEX2,Tas Besar, Hitam,2000\n", encoding="utf-8")
    err = refused(capsys, *import_catalog(demo_db, path))
    assert "Row 3: 1 more field(s) than the first row has columns" in err
    database = open_database(demo_db)
    with database.reading() as s:
        assert s.scalar(select(Item.id).where(Item.sku == "EX1")) is None  # nothing imported
    database.dispose()


def test_a_folder_missing_file_or_junk_is_a_message(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "is a folder" in refused(capsys, *import_catalog(demo_db, tmp_path))
    assert "No such file" in refused(capsys, *import_catalog(demo_db, tmp_path / "gone.csv"))
    junk = bytes(range(256)) * 64
    (tmp_path / "junk.csv").write_bytes(junk)
    assert "not a CSV text file" in refused(capsys, *import_catalog(demo_db, tmp_path / "junk.csv"))
    (tmp_path / "junk.xlsx").write_bytes(junk)
    assert "not an Excel workbook" in refused(capsys, *import_catalog(demo_db, tmp_path / "junk.xlsx"))
    (tmp_path / "renamed.xlsx").write_text("sku,name,price\nA,B,1\n", encoding="utf-8")
    assert "not an Excel workbook" in refused(capsys, *import_catalog(demo_db, tmp_path / "renamed.xlsx"))
    (tmp_path / "notes.csv").write_text("Daftar barang bulan ini\nTas, Dompet\n", encoding="utf-8")
    assert "has no column sku, name, price" in refused(capsys, *import_catalog(demo_db, tmp_path / "notes.csv"))
    (tmp_path / "utf16.csv").write_bytes("sku,name,price\nU1,Tas,1000\n".encode("utf-16"))
    assert "not a CSV text file" in refused(capsys, *import_catalog(demo_db, tmp_path / "utf16.csv"))


def test_a_broken_quote_is_a_message(demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "quote.csv").write_text('sku,name,price\nQ1,"Tas' + "x" * 200_000 + "\n", encoding="utf-8")
    assert "Row 2" in refused(capsys, *import_catalog(demo_db, tmp_path / "quote.csv"))


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder no one may write to. Permissions do not bind root, so as root use sysfs, which refuses new files."""
    if os.geteuid() == 0:
        if not Path("/sys/kernel").is_dir():
            pytest.skip("running as root on a system without /sys: no folder refuses root's writes")
        yield Path("/sys/kernel")
        return
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


@pytest.mark.parametrize("name", ["sales.csv", "sales.xlsx"])
def test_export_sales_to_a_missing_or_read_only_folder_is_a_message(
    demo_db: str, tmp_path: Path, read_only_folder: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    missing = tmp_path / "no-such-folder" / name
    assert "does not exist" in refused(capsys, "--db", demo_db, "export", "sales", *PERIOD, "-o", str(missing))
    target = read_only_folder / name
    assert "Cannot write" in refused(capsys, "--db", demo_db, "export", "sales", *PERIOD, "-o", str(target))
    folder = tmp_path / name
    folder.mkdir()
    assert "is a folder" in refused(capsys, "--db", demo_db, "export", "sales", *PERIOD, "-o", str(folder))


@pytest.mark.parametrize("name", ["earnings.csv", "earnings.xlsx", "earnings.pdf"])
def test_report_earnings_to_a_missing_or_read_only_folder_is_a_message(
    demo_db: str, tmp_path: Path, read_only_folder: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    report = ["--db", demo_db, "report", "earnings", *PERIOD, "-o"]
    assert "does not exist" in refused(capsys, *report, str(tmp_path / "no-such-folder" / name))
    assert "Cannot write" in refused(capsys, *report, str(read_only_folder / name))


def test_messages_are_indonesian(demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    set_language("id")
    assert main(["--db", demo_db, "import", "catalog", str(tmp_path), "--outlet", "TKO"]) == 1
    assert "adalah folder" in capsys.readouterr().err

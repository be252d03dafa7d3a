"""The catalogue file's `duration` column: a service's minutes, imported beside the item (service_duration),
checked row by row (nothing written when a row is wrong), left as they are by a blank cell, and exported so an
export re-imports unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shop import Shop, act_as, as_admin
from sqlalchemy import func, select

from ska_pos.db.models import AuditEntry, Item, ServiceDuration
from ska_pos.services import catalog_export
from ska_pos.services.catalog_file import CatalogImportError
from ska_pos.services.catalog_import import import_catalog
from ska_pos.services.salon.durations import DEFAULT_MINUTES, service_minutes, set_service_duration

HEADER = "sku,name,price,outlet_code,kind,unit,duration\n"


def _import(shop: Shop, tmp_path: Path, rows: str) -> tuple[int, int, int]:
    path = tmp_path / "katalog.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    with shop.db.transaction() as s:
        report = import_catalog(s, as_admin(s), path)
    return report.created, report.updated, report.unchanged


def _minutes(shop: Shop) -> dict[str, int]:
    with shop.db.reading() as s:
        items = dict(s.execute(select(Item.id, Item.sku).where(Item.outlet_id == shop.salon.id)).all())
        return {items[item_id]: minutes for item_id, minutes in service_minutes(s, items).items()}


def test_a_services_minutes_are_imported_changed_and_left_as_they_are_by_a_blank_cell(
    shop: Shop, tmp_path: Path
) -> None:
    rows = ("CREAM,Creambath,80000,SLN,service,service,45\nPOTONG,Potong Rambut,25000,SLN,service,service,40\n"
            "SHMP,Sampo Lidah Buaya,30000,SLN,product,pcs,\n")  # fmt: skip
    assert _import(shop, tmp_path, rows) == (1, 1, 1)  # the cut's only change is its minutes: an update
    assert (_minutes(shop)["CREAM"], _minutes(shop)["POTONG"]) == (45, 40)
    assert _minutes(shop)["SHMP"] == DEFAULT_MINUTES  # a product has no row
    assert _import(shop, tmp_path, "CREAM,Creambath,80000,SLN,service,service,60\n"
                                   "POTONG,Potong Rambut,25000,SLN,service,service,\n") == (0, 1, 1)  # fmt: skip
    assert (_minutes(shop)["CREAM"], _minutes(shop)["POTONG"]) == (60, 40)  # blank: as it was
    with shop.db.reading() as s:
        audited = s.scalars(select(AuditEntry).where(AuditEntry.action == "catalog_imported")
                            .order_by(AuditEntry.at, AuditEntry.id)).all()  # fmt: skip
    assert [json.loads(entry.details)["durations"] for entry in audited] == [2, 1]


@pytest.mark.parametrize(
    ("cell", "kind", "words"),
    [("0", "service", "1 to 480"), ("481", "service", "1 to 480"), ("1,5", "service", "not a number of minutes"),
     ("abc", "service", "not a number of minutes"), ("30", "product", "Only a service")],
)  # fmt: skip
def test_a_wrong_duration_names_its_row_and_column_and_nothing_is_written(
    shop: Shop, tmp_path: Path, cell: str, kind: str, words: str
) -> None:
    unit = "service" if kind == "service" else "pcs"
    with pytest.raises(CatalogImportError) as refused:
        _import(
            shop, tmp_path, f'NEW1,Baru,1000,SLN,service,service,20\nNEW2,Baru Dua,1000,SLN,{kind},{unit},"{cell}"\n'
        )
    [problem] = refused.value.problems
    assert (problem.row, problem.column) == (3, "duration")
    assert words in problem.message
    with shop.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(ServiceDuration)) == 0
        assert s.scalar(select(func.count()).select_from(Item).where(Item.sku.like("NEW%"))) == 0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_export_has_the_minutes_and_re_imports_unchanged(shop: Shop, tmp_path: Path, suffix: str) -> None:
    with shop.db.transaction() as s:
        set_service_duration(s, as_admin(s), shop.potong.id, 50)
    path = tmp_path / f"katalog{suffix}"
    manager = act_as(shop, "manager", outlet_id=shop.salon.id, till_id=shop.salon_cashier.till_id)
    with shop.db.reading() as s:
        catalog_export.export_catalog(s, manager, shop.salon.id, path)
        before = list(catalog_export.catalog_rows(s, shop.salon.id))
    assert next(row for row in before if row[1] == "POTONG")[-1] == "50"
    with shop.db.transaction() as s:
        report = import_catalog(s, as_admin(s), path)
    assert (report.created, report.updated) == (0, 0)
    assert _minutes(shop)["POTONG"] == 50

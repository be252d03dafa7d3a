"""Which till this machine is (a local file), and who may log in at it."""

from __future__ import annotations

import uuid
from pathlib import Path

from shop import Shop

from ska_pos.services import this_till
from ska_pos.services.this_till import LocalConfig, load_local_config, save_local_config


def test_local_config_round_trip(tmp_path: Path) -> None:
    assert load_local_config(tmp_path) == LocalConfig()
    till_id = uuid.uuid4()
    save_local_config(LocalConfig(till_id, large_text=True), tmp_path)
    assert load_local_config(tmp_path) == LocalConfig(till_id, True)


def test_a_damaged_file_means_no_choice(tmp_path: Path) -> None:
    this_till.config_path(tmp_path).write_text("{not json", encoding="utf-8")
    assert load_local_config(tmp_path) == LocalConfig()


def test_resolve_is_the_choice_or_nothing_never_another_till(shop: Shop) -> None:
    with shop.db.reading() as s:
        places = this_till.till_places(s)
        assert [(p.outlet_code, p.till_code) for p in places] == [("KFE", "T1"), ("SLN", "T1")]
        salon = places[1]
        assert this_till.resolve_till(s, salon.till_id) == salon
        assert this_till.resolve_till(s, None) is None
        assert this_till.resolve_till(s, uuid.uuid4()) is None


def test_login_names_and_typed_names(shop: Shop) -> None:
    with shop.db.reading() as s:
        names = this_till.login_names(s, shop.cafe.id)
    assert [n.username for n in names] == ["kasir", "spv", "manajer", "admin"]
    assert this_till.match_login_name(names, "KASIR").username == "kasir"  # type: ignore[union-attr]
    assert this_till.match_login_name(names, "dewi supervisor").username == "spv"  # type: ignore[union-attr]
    assert this_till.match_login_name(names, "ag").username == "manajer"  # type: ignore[union-attr]
    assert this_till.match_login_name(names, "") is None
    assert this_till.match_login_name(names, "nobody") is None


def test_users_named_in_role_order(shop: Shop) -> None:
    with shop.db.reading() as s:
        names = this_till.users_named(s, {"manajer", "kasir", "nobody"})
    assert [n.username for n in names] == ["kasir", "manajer"]

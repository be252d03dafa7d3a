"""Revision 0007: a till (or server) that already has items upgrades to a search index that holds them, and the
index's triggers are there at head (a later batch migration of `item` on SQLite would drop them)."""

from __future__ import annotations

from alembic import command
from shop import act_as, build_shop
from sqlalchemy import inspect, text, update

from db.lent_columns import columns_of_later_revisions
from db.older_databases import opened
from ska_pos.db.database import Database
from ska_pos.db.engine import make_engine, make_session_factory
from ska_pos.db.item_search import POSTGRES_PREFIX_INDEX, POSTGRES_TRIGRAM_INDEXES, SQLITE_PREFIX_INDEX, TRIGGERS
from ska_pos.db.migrate import alembic_config, current_revision, head_revision
from ska_pos.db.models import Item
from ska_pos.services import catalog, setup


def test_a_database_with_items_upgrades_to_an_index_that_finds_them_and_follows_them(url: str) -> None:
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0006")  # the revision before the search index
    database = Database(url=url, engine=engine, sessions=make_session_factory(engine))
    with columns_of_later_revisions(engine):
        shop = build_shop(database)
        manager = act_as(shop, "manager")
        with database.transaction() as s:
            cafe = s.merge(shop.cafe)
            for n in range(40):
                setup.create_item(s, manager, cafe, f"ROTI{n:02d}", f"Roti Bakar Rasa {n:02d}", 9_000)
    assert current_revision(engine) == "0006"
    database.dispose()

    upgraded = opened(url)
    try:
        assert current_revision(upgraded.engine) == head_revision(upgraded.engine)
        with upgraded.reading() as s:
            assert [i.name for i in catalog.search_items(s, shop.cafe.id, "singkong")] == ["Keripik Singkong"]
            assert len(catalog.search_items(s, shop.cafe.id, "bakar rasa", limit=100)) == 40
        with upgraded.transaction() as s:  # the items written before the upgrade are followed after it
            s.execute(update(Item).where(Item.id == shop.keripik.id).values(name="Rempeyek"))
        with upgraded.reading() as s:
            assert catalog.search_items(s, shop.cafe.id, "singkong") == []
            assert [i.name for i in catalog.search_items(s, shop.cafe.id, "mpeye")] == ["Rempeyek"]
    finally:
        upgraded.dispose()


def test_the_search_index_and_its_triggers_are_there_at_head(url: str) -> None:
    database = opened(url)
    try:
        indexes = {index["name"] for index in inspect(database.engine).get_indexes("item")}
        with database.engine.connect() as connection:
            if url.startswith("sqlite"):
                triggers = set(connection.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
                assert triggers >= TRIGGERS
                assert SQLITE_PREFIX_INDEX in indexes
            else:
                assert {POSTGRES_PREFIX_INDEX, *POSTGRES_TRIGRAM_INDEXES} <= indexes  # the test server has pg_trgm
    finally:
        database.dispose()

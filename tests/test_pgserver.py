"""The throwaway PostgreSQL server of tests/pgserver.py starts and answers."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text


@pytest.mark.postgres
def test_server_answers(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as connection:
            version = connection.execute(text("select version()")).scalar_one()
            database = connection.execute(text("select current_database()")).scalar_one()
    finally:
        engine.dispose()
    assert str(version).startswith("PostgreSQL")
    assert database == "ska_pos_test"

"""The append-only triggers of the tables migrations 0013, 0015, 0017, 0022, 0023 and 0030 made, as the database holds
them (0031 let a phone sealed again through the UPDATE triggers of `customer_order` and `salon_appointment`)."""

from __future__ import annotations

from sqlalchemy import Connection, text

TABLES = ("customer_order", "order_line", "order_line_worker", "order_status_change", "order_payment",
          "order_cancellation", "sale_line_modifier", "own_barcode", "measurement", "measurement_value",
          "order_measurement", "order_cloth", "order_fitting", "order_fitting_done", "salon_appointment",
          "salon_session_line")  # fmt: skip


def _listed(names: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{name}'" for name in names) + ")"


def trigger_ddl(connection: Connection) -> dict[str, str]:
    """Each trigger's (and on PostgreSQL each refusing function's) definition, by name."""
    if connection.dialect.name == "sqlite":
        rows = connection.execute(text(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN {_listed(TABLES)}"
        )).all()  # fmt: skip
        return dict(sorted((name, sql) for name, sql in rows))
    triggers = connection.execute(text(
        "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger "
        f"WHERE NOT tgisinternal AND tgrelid::regclass::text IN {_listed(TABLES)}"
    )).all()  # fmt: skip
    refusing = tuple(f"{table}_{kind}" for table in TABLES for kind in ("refuse", "reseal_only"))
    functions = connection.execute(text(
        f"SELECT proname || '()', pg_get_functiondef(oid) FROM pg_proc WHERE proname IN {_listed(refusing)}"
    )).all()  # fmt: skip
    return dict(sorted([*triggers, *functions]))

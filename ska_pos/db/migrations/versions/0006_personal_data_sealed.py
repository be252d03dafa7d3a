"""personal data sealed: workers' NIK, phone and bank account encrypted, every view and erasure recorded

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 08:00:00

The plain `worker.nik`, `phone` and `bank_account` become `nik_sealed`, `phone_sealed` and `bank_account_sealed`
(TEXT: a sealed value is longer than the plain one, and PostgreSQL refuses text longer than a VARCHAR(n)), holding
AES-GCM envelopes (ska_pos/sealing/envelope.py); `bank_account_tail` keeps the account's last 4 digits readable for
the payout slip. The values already stored are sealed here, with this computer's key (made and kept outside the
database first, when there is none: ska_pos/sealing/key_store.py). Like every upgrade it is one transaction: a
failure leaves the plain columns as they were.

`personal_data_view` and `personal_data_erasure` are append-only: triggers refuse updates and deletes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = ("personal_data_view", "personal_data_erasure")
SEALED = (("nik", "nik_sealed"), ("phone", "phone_sealed"), ("bank_account", "bank_account_sealed"))
TAIL_DIGITS = 4


def upgrade() -> None:
    for _plain, sealed in SEALED:
        op.add_column("worker", sa.Column(sealed, sa.Text(), nullable=True))
    op.add_column("worker", sa.Column("bank_account_tail", sa.String(length=4), nullable=False, server_default=""))
    _seal_stored_values()
    for plain, _sealed in SEALED:
        op.drop_column("worker", plain)
    for table, moment, reason in (("personal_data_view", "viewed_at", None), ("personal_data_erasure", "erased_at", 1)):
        op.create_table(
            table,
            sa.Column("worker_id", sa.Uuid(), nullable=False),
            sa.Column("user_id", sa.Uuid(), nullable=False),
            sa.Column("till_id", sa.Uuid(), nullable=False),
            *(
                [sa.Column("reason", sa.Text(), nullable=False)]
                if reason
                else [
                    sa.Column("fields", sa.String(length=80), nullable=False),
                    sa.Column("purpose", sa.String(length=16), nullable=False),
                ]
            ),
            sa.Column(moment, ska_pos.db.types.UtcDateTime(), nullable=False),
            sa.Column("id", sa.Uuid(), nullable=False),
            sa.ForeignKeyConstraint(["worker_id"], ["worker.id"], name=op.f(f"fk_{table}_worker_id_worker")),
            sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f(f"fk_{table}_user_id_app_user")),
            sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f(f"fk_{table}_till_id_till")),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        op.create_index(op.f(f"ix_{table}_worker_id"), table, ["worker_id"], unique=False)
        _append_only(table)


def _seal_stored_values() -> None:
    worker = sa.table(
        "worker",
        sa.column("id", sa.Uuid()),
        *(sa.column(name, sa.Text()) for pair in SEALED for name in pair),
        sa.column("bank_account_tail", sa.String()),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(worker.c.id, *(worker.c[plain] for plain, _sealed in SEALED))).all()
    stored = [row for row in rows if any((value or "").strip() for value in row[1:])]
    if not stored:
        return  # no key is made for a database that holds no personal data
    from ska_pos.sealing.envelope import seal
    from ska_pos.sealing.key_store import keys_for_sealing

    ring = keys_for_sealing()
    changes = []
    for row in stored:
        values: dict[str, object] = {"row_id": row.id}
        for (plain, sealed), value in zip(SEALED, row[1:], strict=True):
            text = (value or "").strip()
            values[sealed] = seal(ring, row.id, plain, text) if text else None
        account = "".join(ch for ch in (row.bank_account or "") if ch.isalnum())
        values["bank_account_tail"] = account[-TAIL_DIGITS:]
        changes.append(values)
    statement = sa.update(worker).where(worker.c.id == sa.bindparam("row_id"))
    bind.execute(statement, changes)  # one executemany


def _append_only(table: str) -> None:
    refusal = f"{table} rows are never updated or deleted"
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE FUNCTION {table}_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   f"BEGIN RAISE EXCEPTION '{refusal}'; END $$")  # fmt: skip
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {table}_refuse()")  # fmt: skip
        return
    for event in ("UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{refusal}'); END")  # fmt: skip


def downgrade() -> None:
    raise NotImplementedError("personal data stays sealed: restore the copy kept before the upgrade instead")

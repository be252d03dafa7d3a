"""people: a PIN reset the user replaces at next login, user-worker link, failed logins, customers' phones sealed

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 11:00:00

- `app_user.must_change_pin`: set by a manager's PIN reset; the user chooses their own PIN at the next login.
- `app_user.worker_id`: the PPKS worker a user also is (a worker who is also a cashier), nullable.
- `login_failure`: every wrong PIN (or try while locked out) of a known user, when and at which till.
- `customer.phone` (plain) becomes `phone_sealed` (AES-GCM, like a worker's phone), `phone_lookup` (a keyed hash of
  the +62 form, to find a customer by phone) and `phone_tail` (last 4 digits, readable). Numbers already stored are
  sealed here with this computer's key (made when there is none and there is something to seal); one that is not a
  valid number is sealed as it was typed, with no lookup. docs/personal-data.md says why.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("app_user", sa.Column("must_change_pin", sa.Boolean(), nullable=False, server_default=sa.false()))
    _add_worker_link()
    op.create_table(
        "login_failure",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=True),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("failed_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_login_failure_user_id_app_user")),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_login_failure_till_id_till")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failure")),
    )
    op.create_index(op.f("ix_login_failure_user_id"), "login_failure", ["user_id"], unique=False)
    op.add_column("customer", sa.Column("phone_sealed", sa.Text(), nullable=True))
    op.add_column("customer", sa.Column("phone_lookup", sa.String(length=80), nullable=True))
    op.add_column("customer", sa.Column("phone_tail", sa.String(length=4), nullable=False, server_default=""))
    _seal_stored_phones()
    op.drop_index("ix_customer_phone", table_name="customer")
    op.drop_column("customer", "phone")  # SQLite drops a column in place: no copy of a table sales point at
    op.create_index(op.f("ix_customer_phone_lookup"), "customer", ["phone_lookup"], unique=False)
    op.create_index(op.f("ix_customer_name"), "customer", ["name"], unique=False)


def _add_worker_link() -> None:
    """`app_user.worker_id` with its foreign key. On SQLite it is added in place, with the constraint in the column:
    a batch copy of `app_user` would drop the table that sales, shifts and the journal point at, which SQLite refuses
    (foreign keys are on) once a till has sold anything."""
    name = op.f("fk_app_user_worker_id_worker")
    if op.get_bind().dialect.name == "sqlite":
        if "worker_id" in {column["name"] for column in sa.inspect(op.get_bind()).get_columns("app_user")}:
            return  # kept, emptied, by a downgrade (below)
        op.execute(f"ALTER TABLE app_user ADD COLUMN worker_id CHAR(32) CONSTRAINT {name} REFERENCES worker (id)")
        return
    op.add_column("app_user", sa.Column("worker_id", sa.Uuid(), nullable=True))
    op.create_foreign_key(name, "app_user", "worker", ["worker_id"], ["id"])


def _seal_stored_phones() -> None:
    customer = sa.table(
        "customer",
        sa.column("id", sa.Uuid()),
        sa.column("phone", sa.String()),
        sa.column("phone_sealed", sa.Text()),
        sa.column("phone_lookup", sa.String()),
        sa.column("phone_tail", sa.String()),
    )
    bind = op.get_bind()
    rows = [row for row in bind.execute(sa.select(customer.c.id, customer.c.phone)) if (row.phone or "").strip()]
    if not rows:
        return  # no key is made for a database that holds no phone numbers
    from ska_pos.domain.phone import InvalidPhone, normalise_phone, phone_tail
    from ska_pos.sealing.envelope import seal
    from ska_pos.sealing.key_store import keys_for_sealing
    from ska_pos.sealing.lookup import lookup_of

    ring = keys_for_sealing()
    changes = []
    for row in rows:
        try:
            number: str | None = normalise_phone(row.phone)
        except InvalidPhone:
            number = None
        kept = number or row.phone.strip()
        changes.append({"row_id": row.id, "phone_sealed": seal(ring, row.id, "customer_phone", kept),
                        "phone_lookup": lookup_of(ring, "customer_phone", number) if number else None,
                        "phone_tail": phone_tail(kept)})  # fmt: skip
    bind.execute(sa.update(customer).where(customer.c.id == sa.bindparam("row_id")), changes)


def downgrade() -> None:
    """Back to 0008 while no customer's phone is sealed (a sealed one is not put back in clear: restore the copy
    kept before the upgrade instead). On SQLite `app_user.worker_id` stays, emptied: SQLite cannot drop a column
    in a foreign key in place, and a copy of `app_user` is refused once sales point at it; 0008's code never
    writes it."""
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM customer WHERE phone_sealed IS NOT NULL")).scalar():
        raise NotImplementedError("customers' phones stay sealed: restore the copy kept before the upgrade instead")
    op.drop_index(op.f("ix_customer_name"), table_name="customer")
    op.drop_index(op.f("ix_customer_phone_lookup"), table_name="customer")
    for column in ("phone_tail", "phone_lookup", "phone_sealed"):
        op.drop_column("customer", column)
    op.add_column("customer", sa.Column("phone", sa.String(length=40), nullable=False, server_default=""))
    op.create_index("ix_customer_phone", "customer", ["phone"], unique=False)
    op.drop_index(op.f("ix_login_failure_user_id"), table_name="login_failure")
    op.drop_table("login_failure")
    op.drop_column("app_user", "must_change_pin")
    if bind.dialect.name == "sqlite":
        op.execute("UPDATE app_user SET worker_id = NULL")
        return
    op.drop_constraint(op.f("fk_app_user_worker_id_worker"), "app_user", type_="foreignkey")
    op.drop_column("app_user", "worker_id")

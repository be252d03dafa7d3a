"""outlets and till enrolment: nett prices, a receipt logo, and which computer an administrator made which till

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 11:00:00

A computer became "the first till" without anyone deciding it. Now an administrator enrols it; each enrolment is a
row that is never changed (a later one, on another computer, takes the till over with a reason). Outlets that price
"nett" keep the service charge inside the menu price (`service_included`), and a receipt may print the outlet's
logo (`receipt_logo`, a PNG already scaled for thermal paper). Both are plain added columns with server defaults,
so SQLite adds them without copying the outlet table.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ska_pos.db.types

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("outlet", sa.Column("service_included", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("outlet", sa.Column("receipt_logo", sa.LargeBinary(), nullable=True))
    # A sale keeps whether its prices held the service charge, as it keeps `prices_include_tax`: its receipt
    # (and a reprint after the outlet changed its mind) says "included" only when it was.
    op.add_column("sale", sa.Column("service_included", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "till_enrolment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("machine_id", sa.Uuid(), nullable=False),
        sa.Column("hostname", sa.String(length=255), nullable=False),
        sa.Column("enrolled_by_id", sa.Uuid(), nullable=True),
        sa.Column("enrolled_at", ska_pos.db.types.UtcDateTime(), nullable=False),
        sa.Column("replaced_machine_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["till_id"], ["till.id"], name=op.f("fk_till_enrolment_till_id_till")),
        sa.ForeignKeyConstraint(
            ["enrolled_by_id"], ["app_user.id"], name=op.f("fk_till_enrolment_enrolled_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_till_enrolment")),
    )
    op.create_index(op.f("ix_till_enrolment_till_id"), "till_enrolment", ["till_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_till_enrolment_till_id"), table_name="till_enrolment")
    op.drop_table("till_enrolment")
    # Plain DROP COLUMN (SQLite 3.35+ has it): a batch copy of `sale` or `outlet` would drop a table other tables'
    # foreign keys point at, which SQLite refuses while foreign keys are on.
    op.drop_column("sale", "service_included")
    op.drop_column("outlet", "receipt_logo")
    op.drop_column("outlet", "service_included")

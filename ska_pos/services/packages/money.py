"""What a package holds, folded from its rows: a read of its own, so the day's first write (a shift opened, a day
closed: they expire what is due) does not import the selling side of packages, and with it the till's sale modules,
before the login page."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ska_pos.db.models import PackageExpiry, PackageRefund, PackageSale, PackageUndo, PackageUse
from ska_pos.domain.packages import PackageMoney


def package_money(session: Session, package: PackageSale) -> PackageMoney:
    """The package's money folded from its rows."""
    used, recognised = session.execute(
        select(func.count(PackageUse.id), func.coalesce(func.sum(PackageUse.value), 0)).where(
            PackageUse.package_id == package.id
        )
    ).one()
    undone, given_back = session.execute(
        select(func.count(PackageUndo.id), func.coalesce(func.sum(PackageUndo.value), 0)).where(
            PackageUndo.package_id == package.id
        )
    ).one()
    used, recognised = used - undone, recognised - given_back
    breakage = session.scalar(select(PackageExpiry.amount).where(PackageExpiry.package_id == package.id))
    refund = session.execute(
        select(PackageRefund.amount, PackageRefund.kept).where(PackageRefund.package_id == package.id)
    ).first()
    refunded, kept = (int(refund.amount), int(refund.kept)) if refund else (0, 0)
    return PackageMoney(package.price, package.sessions, package.expires_on, int(used), int(recognised),
                        int(breakage or 0) + kept, expired=breakage is not None, refunded=refunded,
                        closed_by_refund=refund is not None)  # fmt: skip

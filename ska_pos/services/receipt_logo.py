"""An outlet's receipt logo: a picture file made into a small black-and-white PNG that a thermal printer prints.

Scaled once, when the manager chooses the file, so a receipt never decodes a photograph: at most 384 dots wide
(the printable width of 58 mm paper; 80 mm paper prints it centred) and 160 dots high, dithered to black and white.
"""

from __future__ import annotations

import io
import uuid

from PIL import Image, UnidentifiedImageError
from sqlalchemy.orm import Session

from ska_pos.db.models import Outlet
from ska_pos.i18n import _
from ska_pos.services import audit, settings
from ska_pos.services.actor import NO_PLACE, Actor
from ska_pos.services.errors import NotFound, ValidationError
from ska_pos.services.permissions import require_outlet, requires

MAX_WIDTH_DOTS = 384
MAX_HEIGHT_DOTS = 160
MAX_FILE_BYTES = 10 * 1024 * 1024
LOGO_KEY = "receipt_logo"


def thermal_logo(picture: bytes) -> bytes:
    """The PNG to store for a PNG or JPEG file's bytes; ValidationError for anything else."""
    if len(picture) > MAX_FILE_BYTES:
        raise ValidationError(_("The picture is too large (at most 10 MB)"))
    try:
        with Image.open(io.BytesIO(picture)) as image:
            if image.format not in ("PNG", "JPEG"):
                raise ValidationError(_("Choose a PNG or JPG picture"))
            image.load()
            grey = _on_white(image)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ValidationError(_("Choose a PNG or JPG picture")) from error
    grey.thumbnail((MAX_WIDTH_DOTS, MAX_HEIGHT_DOTS), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    grey.convert("1").save(out, format="PNG", optimize=True)
    return out.getvalue()


def _on_white(image: Image.Image) -> Image.Image:
    """Transparent parts print as paper, not as black."""
    rgba = image.convert("RGBA")
    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(white, rgba).convert("L")


@requires("outlet.edit")
def set_receipt_logo(session: Session, actor: Actor, outlet_id: uuid.UUID, picture: bytes | None) -> None:
    """Stores the logo (already made by `thermal_logo`, which the caller runs before the transaction), or removes
    it with None."""
    require_outlet(session, actor, outlet_id)
    outlet = session.get(Outlet, outlet_id)
    if outlet is None or not outlet.active:
        raise NotFound(_("Unknown outlet"))
    if picture is not None:
        _check_stored_form(picture)
    outlet.receipt_logo = picture
    scope = settings.scope_of("outlet", outlet.id)
    summary = f"png:{len(picture)}" if picture is not None else "none"
    settings.journal_change(session, actor, scope, LOGO_KEY, summary)
    settings.settings_changed(session)
    audit.record(session, "outlet_logo", user_id=actor.user_id, entity="outlet", entity_id=outlet.id,
                 till_id=None if actor.till_id == NO_PLACE else actor.till_id, logo=summary)  # fmt: skip
    session.flush()


def _check_stored_form(picture: bytes) -> None:
    try:
        with Image.open(io.BytesIO(picture)) as image:
            fits = image.format == "PNG" and image.width <= MAX_WIDTH_DOTS and image.height <= MAX_HEIGHT_DOTS
    except (UnidentifiedImageError, OSError) as error:
        raise ValidationError(_("Choose a PNG or JPG picture")) from error
    if not fits:
        raise ValidationError(_("Choose a PNG or JPG picture"))

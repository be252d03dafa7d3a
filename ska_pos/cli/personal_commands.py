"""`ska-pos key ...` keeps the key that seals workers' personal data; `ska-pos personal ...` shows, exports and
erases one worker's personal data, as a manager proven by their PIN (docs/personal-data.md).

The PIN is asked for without echo, or read from `SKA_POS_PIN` for scripts. Each view or export is recorded in the
database with the manager's name and the till named on the command line, as on the screen.
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from ska_pos.cli.common import USER_PIN_VARIABLE, CommandFailed, as_user_at_till
from ska_pos.i18n import _
from ska_pos.sealing import key_store
from ska_pos.sealing.errors import KeyStoreError
from ska_pos.services import personal_data, personal_data_reseal
from ska_pos.services.actor import Actor

PIN_ENV = USER_PIN_VARIABLE
T = TypeVar("T")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    key = commands.add_parser("key", help=_("keep the key that seals workers' personal data"))
    key_commands = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    where = key_commands.add_parser("where", help=_("say where this computer keeps the key"))
    where.set_defaults(handler=run_key_where)
    export = key_commands.add_parser("export", help=_("copy the key to a new file readable only by you"))
    export.add_argument("file", type=Path, metavar="FILE", help=_("the new file"))
    export.set_defaults(handler=run_key_export)
    imported = key_commands.add_parser("import", help=_("add the keys in a file made by `ska-pos key export`"))
    imported.add_argument("file", type=Path, metavar="FILE", help=_("the exported key file"))
    imported.set_defaults(handler=run_key_import)
    rotate = key_commands.add_parser("rotate", help=_("make a new key and seal all personal data again with it"))
    _manager_arguments(rotate)
    rotate.set_defaults(handler=run_key_rotate)

    personal = commands.add_parser("personal", help=_("show, export or erase a worker's personal data (managers)"))
    actions = personal.add_subparsers(dest="personal_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help=_("show a worker's personal data (the view is recorded)"))
    export_data = actions.add_parser("export", help=_("write what is held about a worker to a JSON file"))
    export_data.add_argument("file", type=Path, metavar="FILE", help=_("the JSON file to write"))
    erase = actions.add_parser("erase", help=_("erase a worker's personal data when they withdraw their consent"))
    erase.add_argument("--reason", required=True, help=_("why the data is erased"))
    for command, handler in ((show, run_show), (export_data, run_export), (erase, run_erase)):
        command.add_argument("--worker", metavar="CODE", required=True, help=_("the worker's code"))
        _manager_arguments(command)
        command.set_defaults(handler=handler)


def _manager_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("--user", metavar="USERNAME", required=True, help=_("the manager (their PIN is asked)"))
    command.add_argument("--outlet", metavar="CODE", required=True, help=_("the outlet's code"))
    command.add_argument("--till", metavar="CODE", required=True, help=_("the till's code"))


def run_key_where(_args: argparse.Namespace) -> int:
    store = key_store.key_store()
    ring = key_store.load_keys(store)
    print(_("Keys for personal data: {where}", where=store.where))
    if ring is None:
        print(_("No key yet: one is made when personal data is first stored."))
    else:
        print(_("Key ids: {ids} (current: {current})", ids=", ".join(sorted(ring.keys)), current=ring.current))
    return 0


def run_key_export(args: argparse.Namespace) -> int:
    try:
        ring = key_store.export_keys(args.file)
    except (KeyStoreError, OSError) as error:
        raise CommandFailed(str(error)) from error
    print(_("{count} key(s) written to {path}. Keep the file somewhere safe and apart from the database backups.",
            count=len(ring.keys), path=args.file))  # fmt: skip
    return 0


def run_key_import(args: argparse.Namespace) -> int:
    try:
        added = key_store.import_keys(args.file)
    except KeyStoreError as error:
        raise CommandFailed(str(error)) from error
    print(_("Keys added: {ids}", ids=", ".join(added) or _("none (this computer had them all)")))
    return 0


def run_key_rotate(args: argparse.Namespace) -> int:
    """A new current key, then every sealed value sealed again with it in one transaction. Should that fail, the
    new key is already kept and the values still open with the old one: nothing is lost, run it again."""
    as_user_at_till(args, personal_data_reseal.require_reseal_access)  # before a key is made
    try:
        ring = key_store.add_new_current_key()
    except KeyStoreError as error:
        raise CommandFailed(str(error)) from error
    count = as_user_at_till(args, personal_data_reseal.reseal_personal_data)
    print(_("New key {key_id}: {count} value(s) sealed again. Export the key again (`ska-pos key export FILE`).",
            key_id=ring.current, count=count))  # fmt: skip
    return 0


def run_show(args: argparse.Namespace) -> int:
    data = _for_worker(args, personal_data.read_personal_data)
    consent = data.consent_date.isoformat() if data.consent_date else "-"
    for caption, value in ((_("NIK"), data.nik), (_("Phone"), data.phone), (_("Bank"), data.bank_name),
                           (_("Account"), data.bank_account), (_("Date of consent"), consent)):  # fmt: skip
        print(f"{caption}: {value or '-'}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    target: Path = args.file
    _for_worker(args, lambda s, actor, worker_id: personal_data.export_personal_data_to(s, actor, worker_id, target))
    print(_("The personal data was written to {path}", path=target))
    return 0


def run_erase(args: argparse.Namespace) -> int:
    reason: str = args.reason
    _for_worker(args, lambda s, actor, worker_id: personal_data.erase_personal_data(s, actor, worker_id, reason))
    print(_("The personal data of {code} was erased; the earnings history is kept.", code=args.worker.upper()))
    return 0


def _for_worker(args: argparse.Namespace, work: Callable[[Session, Actor, uuid.UUID], T]) -> T:
    return as_user_at_till(args, lambda s, actor: work(s, actor, personal_data.find_worker_id(s, args.worker)))

"""`ska-pos`: with no command it opens the till; the commands call the same services as the GUI."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from ska_pos import __version__
from ska_pos.db.open_errors import DatabaseOpenError
from ska_pos.i18n import LANGUAGES, _, set_language
from ska_pos.logs import configure_logging, current_log_path
from ska_pos.services.errors import ServiceError, plain_database_error

# Modules of `ska_pos.cli`, each registering its commands; imported when the parser is built, so that the till's
# start (no command) does not import every command and the services behind them (benchmarks/till_scale.py).
COMMAND_MODULES = (
    "db_commands",
    "backup_commands",
    "data_commands",
    "price_commands",
    "label_commands",
    "report_commands",
    "verify_commands",
    "stock_commands",
    "personal_commands",
    "support_commands",
    "till_commands",
    "order_commands",
    "package_commands",
    "salon_commands",
)

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ska-pos", description=_("SKA POS: till and worker earnings ledger"))
    parser.add_argument("--version", action="version", version=f"ska-pos {__version__}")
    parser.add_argument("--db", metavar="URL", help=_("database URL (default: SKA_POS_DATABASE_URL or a local file)"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=_("language of messages"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"ska_pos.cli.{name}").register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    configure_logging()
    args_list = list(sys.argv[1:] if argv is None else argv)
    _early_language(args_list)
    gui = _gui_start(args_list)
    if gui is not None:  # the till's every start: no parser, whose help texts would load the core catalog first
        return _run_gui(gui[0])
    from ska_pos.cli.common import CommandFailed, close_databases

    args = build_parser().parse_args(args_list)
    if args.command is None:
        return _run_gui(args.db)
    try:
        return int(args.handler(args) or 0)
    except (ServiceError, CommandFailed, DatabaseOpenError) as error:
        print(_("Error: {message}", message=str(error)), file=sys.stderr)
        return 1
    except Exception as error:
        plain = plain_database_error(error)
        if plain is not None:
            print(_("Error: {message}", message=plain.message), file=sys.stderr)
            return 1
        log.exception("command %s failed unexpectedly", args.command)
        print(_("Something went wrong; the details are in the log: {path}", path=current_log_path()), file=sys.stderr)
        return 1
    finally:
        close_databases()


def _run_gui(database_url: str | None) -> int:
    from ska_pos.app import run_gui

    return run_gui(database_url)


def _gui_start(argv: list[str]) -> tuple[str | None] | None:
    """The window's start: no arguments, or only `--db URL` and `--lang L` (as `ska-pos --db URL` in a till's
    shortcut): `(database URL or None,)`. None: anything else, which the full parser reads (and words its errors)."""
    url: str | None = None
    rest = list(argv)
    while rest:
        option = rest.pop(0)
        name, equals, value = option.partition("=")
        if name not in ("--db", "--lang"):
            return None
        if not equals:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if name == "--lang" and value not in LANGUAGES:
            return None
        if name == "--db":
            url = value
    return (url,)


def _early_language(argv: list[str]) -> None:
    """Help texts are built before parsing, so read --lang first."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            set_language(argv[index + 1])
        elif arg.startswith("--lang=") and arg.split("=", 1)[1] in LANGUAGES:
            set_language(arg.split("=", 1)[1])

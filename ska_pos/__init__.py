"""SKA POS: the till and the worker-earnings ledger of the Sentra Kreasi Atensi outlets."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ska-pos")
except PackageNotFoundError:  # running from a frozen bundle or a bare checkout
    __version__ = "0.0.0"

"""`python start_and_list_modules.py`: starts the till as `ska-pos` with no arguments does, until its first page is
painted (SKA_POS_SMOKE_REPORT must name the report file, and the database be set up), then prints one JSON line:
the exit code and every module imported by then.

Run by tests/bundle/test_start_imports.py in a subprocess, so the modules are those of a start alone.
"""

from __future__ import annotations

import json
import sys

from ska_pos.cli.main import main

if __name__ == "__main__":
    code = main([])
    print(json.dumps({"code": code, "modules": sorted(sys.modules)}), flush=True)

"""Placeholder until its issue lands: registers no subcommand yet."""

from __future__ import annotations

import argparse


def register(reports: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    return None

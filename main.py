"""Rapport: with no command, the main window; with one, the command line (`--help` lists them)."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Sequence

from app import paths
from app.errors import RapportError

# Nothing else at the top: the helper processes of import and export start by importing this module
# (multiprocessing's spawn), and the command line's imports (sync, keyring, ...) cost each of them
# 25 MB and a quarter of a second.


def setup_logging(data_dir_arg: str | None) -> None:
    """Log to a rotating file in the data folder; the console stays for results and one-line errors."""
    try:
        data_dir = paths.resolve_data_dir(data_dir_arg)
        data_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_path(data_dir), maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def main(argv: Sequence[str] | None = None) -> int:
    from cli import commands as cli

    argv = list(sys.argv[1:] if argv is None else argv)
    args = cli.build_parser().parse_args(argv)
    setup_logging(args.data_dir)
    if args.command is not None:
        return cli.main(argv)
    try:
        from ui.application import run_gui  # Qt is loaded only for the window
    except ImportError as exc:
        sys.stderr.write(f"rapport: error: the window needs Qt (PySide6), which cannot be loaded: {exc}\n")
        return 1
    try:
        return run_gui(paths.resolve_data_dir(args.data_dir), argv)
    except RapportError as exc:
        sys.stderr.write(f"rapport: error: {exc}\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())

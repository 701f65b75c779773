"""Rapport: with no command, the main window; with one, the command line (`--help` lists them)."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Sequence
from pathlib import Path

from app import paths
from app.errors import RapportError

# Nothing else at the top: the helper processes of import and export start by importing this module
# (multiprocessing's spawn), and the command line's imports (sync, keyring, ...) cost each of them
# 25 MB and a quarter of a second.


def setup_logging(data_dir_arg: str | None) -> None:
    """Log to a rotating file in the data folder; the console stays for results and one-line errors.
    The folder (made here first) is 0700 and the log 0600, whatever the umask."""
    try:
        data_dir = paths.make_private_dir(paths.resolve_data_dir(data_dir_arg))
        handler = paths.private_log_handler(paths.log_path(data_dir), max_bytes=1_000_000, backup_count=3)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


VALUE_OPTIONS = {"--data-dir", "--show", "--filter", "--sort"}  # the program's options that take the next word


def files_to_open(argv: list[str], commands: set[str]) -> tuple[list[str], list[Path]]:
    """`rapport [--data-dir DIR] FILE…` opens the window on the files (a desktop's "Open with"); a command
    name first is a command, and a first word that is neither a command nor a file's name (no folder, no
    extension: a mistyped command) is left to the parser to answer. Returns what the parser reads, and
    the files."""
    options: list[str] = []
    positional: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg in VALUE_OPTIONS and index + 1 < len(argv):
            options += argv[index:index + 2]
            index += 2
            continue
        (options if arg.startswith("-") else positional).append(arg)
        index += 1
    if not positional or positional[0] in commands:
        return argv, []
    first = Path(positional[0])
    if not first.exists() and not first.suffix and len(first.parts) == 1:
        return argv, []
    return options, [Path(p) for p in positional]


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    from app.loading import as_the_program, loading_modules

    as_the_program()
    with loading_modules():
        from cli import commands as cli

    if getattr(sys, "frozen", False):
        # A frozen build (PyInstaller) starts the import and export helpers (multiprocessing's spawn) as
        # this very program: without this, each helper ran the program again instead of its work.
        import multiprocessing

        multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = cli.build_parser()
    names = {name for action in parser._actions if isinstance(action, argparse._SubParsersAction)
             for name in action.choices}
    argv, files = files_to_open(argv, names)
    args = parser.parse_args(argv)
    if (problem := cli.window_options_problem(args)) is not None:
        parser.error(problem)  # before any folder or log is made for it
    if args.command in cli.PLAIN_COMMANDS:
        return cli.main(argv, parsed=args)  # no data folder is made for them, nor a log in it
    setup_logging(args.data_dir)
    if args.command is not None:
        return cli.main(argv, parsed=args)
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        sys.stderr.write(f"rapport: error: no such file: {', '.join(missing)}\n")
        return 2
    try:
        with loading_modules():
            from ui.application import run_gui  # Qt is loaded only for the window
        from ui.single_instance import ViewAsked
    except ImportError as exc:
        sys.stderr.write(f"rapport: error: the window needs Qt (PySide6), which cannot be loaded: {exc}\n")
        return 1
    try:
        sort = None if args.sort is None else ("-" if args.descending else "") + args.sort
        view = ViewAsked(args.show, args.filter, sort) if args.show else None
        return run_gui(paths.resolve_data_dir(args.data_dir), argv, files, view)
    except RapportError as exc:
        sys.stderr.write(f"rapport: error: {exc}\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())

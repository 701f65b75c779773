"""A password for a command: from standard input (--password-stdin) or asked on the terminal; never echoed,
never printed. Apart from the commands that use it, so that asking costs no network stack's imports."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.errors import RapportError


def password_from(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin is None or not sys.stdin.isatty():
        # No one to ask (a script, a scheduler): getpass would end in EOFError.
        raise RapportError("a password is needed and there is no terminal to ask it on: give it with"
                           " --password-stdin")
    else:
        try:
            password = getpass.getpass("Password: ")
        except EOFError:
            raise RapportError("no password given") from None
    if not password:
        raise RapportError("no password given")
    return password

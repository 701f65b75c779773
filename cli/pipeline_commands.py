"""`rapport pipeline as-of DATE` and `rapport pipeline moves FROM TO`: the pipeline as it stood on a past day, and
what moved between two days, rebuilt from the deals' stage history (app/pipeline_history.py). Read only.

cli/commands.py wires this in: `add_commands(commands)` and COMMANDS.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, date
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from app.currencies import Total
    from app.services import Services


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    pipeline = commands.add_parser(
        "pipeline", help="the pipeline on a past day, and what moved between two days",
        description="Rebuilt from the deals' stage history: each deal in the stage it stood in at the end of the"
                    " day (amounts are today's; they keep no history).")
    actions = pipeline.add_subparsers(dest="pipeline_command", metavar="ACTION", required=True,
                                      parser_class=type(pipeline))
    as_of = actions.add_parser("as-of", help="the open deals stage by stage, with totals, at the end of DATE")
    as_of.add_argument("day", type=date.fromisoformat, metavar="YYYY-MM-DD")
    moves = actions.add_parser("moves", help="deals made, moved, won and lost from FROM to TO (both whole days)")
    moves.add_argument("first", type=date.fromisoformat, metavar="FROM")
    moves.add_argument("last", type=date.fromisoformat, metavar="TO")
    for parser in (as_of, moves):
        parser.add_argument("--pipeline", metavar="NAME", help="a pipeline's name or UID (default: the first)")
        parser.add_argument("--json", action="store_true", help="print JSON")


def money_text(amount: int | None, currency: str) -> str:
    """An amount as the command line writes it: 1234.50 EUR ("" with none)."""
    if amount is None or not currency:
        return ""
    from app.validation import from_minor_units

    return f"{from_minor_units(amount, currency)} {currency}"


def _sums(totals: tuple[tuple[str, int], ...]) -> str:
    return ", ".join(money_text(value, currency) for currency, value in totals) or "no amounts"


def _total_json(total: Total | None) -> dict[str, Any] | None:
    if total is None:
        return None
    return {"currency": total.currency, "amount_minor": total.amount_minor,
            "without_rate": [list(item) for item in total.without_rate]}


def cmd_pipeline(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from app.pipeline_history import moves_between, pipeline_as_of

    database = services.store.database
    started = time.perf_counter()
    if args.pipeline_command == "as-of":
        past = pipeline_as_of(database, args.day, args.pipeline)
        if args.json:
            out.write(json.dumps({
                "seconds": round(time.perf_counter() - started, 4), "pipeline": past.name,
                "day": past.day.isoformat(), "open_deals": past.count,
                "total": _total_json(past.total), "weighted_total": _total_json(past.weighted_total),
                "stages": [{"name": stage.name, "probability": stage.probability,
                            "deals": [{"uid": d.uid, "title": d.title, "account": d.account,
                                       "amount_minor": d.amount_minor, "currency": d.currency,
                                       "in_stage_since": d.entered.isoformat(sep=" ")} for d in stage.deals],
                            "totals": dict(stage.totals), "weighted": dict(stage.weighted)}
                           for stage in past.stages]}, ensure_ascii=False, indent=2) + "\n")
            return 0
        deals = "1 open deal" if past.count == 1 else f"{past.count} open deals"
        out.write(f"{past.name} at the end of {past.day.isoformat()}: {deals}\n")
        for stage in past.stages:
            out.write(f"{stage.name} ({stage.probability} %)\t{len(stage.deals)} deals\t{_sums(stage.totals)}"
                      f"\tweighted {_sums(stage.weighted)}\n")
        if past.total is not None:
            out.write(f"in all ≈ {money_text(past.total.amount_minor, past.total.currency)}"
                      f" (weighted ≈ {money_text(past.weighted_total.amount_minor, past.total.currency)})"  # type: ignore[union-attr]
                      + "".join(f", {money_text(v, c)} with no rate" for c, v in past.total.without_rate) + "\n")
        return 0
    found = moves_between(database, args.first, args.last, args.pipeline)
    if args.json:
        out.write(json.dumps({"seconds": round(time.perf_counter() - started, 4), "moves": [
            {"at": m.at.isoformat(sep=" "), "deal": m.deal_uid, "title": m.title, "kind": m.kind, "from": m.from_stage,
             "to": m.to_stage, "amount_minor": m.amount_minor, "currency": m.currency} for m in found]},
            ensure_ascii=False, indent=2) + "\n")
        return 0
    if not found:
        out.write(f"Nothing moved from {args.first.isoformat()} to {args.last.isoformat()}.\n")
    for move in found:
        where = {"made": f"made in {move.to_stage}", "moved": f"{move.from_stage} → {move.to_stage}",
                 "won": f"won (in {move.from_stage})", "lost": f"lost (in {move.from_stage})"}[move.kind]
        local = move.at.replace(tzinfo=UTC).astimezone()  # stored in UTC, said in the user's time
        out.write(f"{local:%Y-%m-%d %H:%M}\t{move.title}\t{where}\t{money_text(move.amount_minor, move.currency)}\n")
    return 0


COMMANDS = {"pipeline": cmd_pipeline}

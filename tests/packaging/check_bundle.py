"""The frozen one-folder bundle as a user runs it (issue 17), run by .ci/run after packaging/build_bundle.py:

    .venv/bin/python tests/packaging/check_bundle.py DIST/rapport

It starts: `rapport --version`; the window starts offscreen (LANGUAGE=ru), writes its first-start backup,
says nothing of a file it cannot open ("Cannot open …" is how Qt reports a missing icon) and no traceback,
and closes on SIGTERM with status 0; the icons and both translations are files of the bundle. It works
through its helper processes: a generated 20,000-card vCard 3.0 file (tests/perf's realistic one: distinct
organisations, photos, several e-mails and phones, Latin, Cyrillic and Chinese names) is imported and
exported again as vCard 4.0 — both above the size where import and export hand the work to helper processes,
which a frozen program starts only when main() calls freeze_support first.
Exit 1 with the reason, else prints what it checked and how long each took."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from app.exporting import PARALLEL_EXPORT  # noqa: E402
from app.import_reader import WORKER_THRESHOLD  # noqa: E402
from tests.perf.bench_import import generate  # noqa: E402

CARDS = 20_000


def fail(reason: str) -> None:
    print(f"check_bundle: {reason}", file=sys.stderr)
    sys.exit(1)


def run(command: list[str], environment: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=timeout, check=False)
    if done.returncode != 0:
        fail(f"`{' '.join(command[1:])}` ended with {done.returncode}: {done.stderr.strip()[-2000:]}")
    return done


def main() -> None:
    bundle = Path(sys.argv[1]).resolve()
    rapport = bundle / ("rapport.exe" if os.name == "nt" else "rapport")
    if not rapport.is_file():
        fail(f"no {rapport}")
    found = {p.name for p in bundle.rglob("*") if p.parent.name in ("icons", "translations")}
    for needed in ("rapport.svg", "rapport_ru.qm", "rapport_uk.qm", "rapport_bg.qm", "rapport_zh_CN.qm"):
        if needed not in found:
            fail(f"{needed} is not in the bundle")
    with tempfile.TemporaryDirectory(prefix="rapport-bundle-check-") as work:
        home = Path(work)
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home / "config"),
                       "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        environment.pop("PYTHONPATH", None)  # nothing of the source folder may stand in for the bundle
        version = run([str(rapport), "--version"], environment).stdout.strip()
        if not version.startswith("rapport "):
            fail(f"--version said {version!r}")

        data = home / "data"
        cards = home / "cards.vcf"
        generate(cards, CARDS)
        if cards.stat().st_size <= WORKER_THRESHOLD or CARDS <= PARALLEL_EXPORT:
            fail("the file is too small for import and export to use their helper processes")
        started = time.perf_counter()
        imported = json.loads(run([str(rapport), "--data-dir", str(data), "import", str(cards), "--json"],
                                  environment).stdout)
        import_seconds = time.perf_counter() - started
        if imported.get("imported") != CARDS or imported.get("rejected"):
            fail(f"the import said {json.dumps(imported)[:500]}")
        exported = home / "out.vcf"
        started = time.perf_counter()
        run([str(rapport), "--data-dir", str(data), "export", "--format", "vcard4", "-o", str(exported)],
            environment)
        export_seconds = time.perf_counter() - started
        written = exported.read_text(encoding="utf-8").count("BEGIN:VCARD")
        if written < CARDS:
            fail(f"the export wrote {written} cards of {CARDS}")

        window = subprocess.Popen([str(rapport), "--data-dir", str(data)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, env={**environment, "LANGUAGE": "ru",
                                                                          "LANG": "ru_RU.UTF-8"})
        log = data / "rapport.log"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and window.poll() is None:
            if log.exists() and "daily backup written" in log.read_text(encoding="utf-8", errors="replace"):
                break
            time.sleep(0.2)
        else:
            window.kill()
            _out, err = window.communicate()
            fail(f"the window did not come up (status {window.returncode}): {err.strip()[-2000:]}")
        window.send_signal(signal.SIGTERM)
        try:
            _out, err = window.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            window.kill()
            fail("the window did not close on SIGTERM within 30 s")
        if window.returncode != 0:
            fail(f"the window ended with {window.returncode}: {err.strip()[-2000:]}")
        problems = [line for line in err.splitlines() if "Cannot open" in line or "Traceback" in line]
        if problems:
            fail("the window said: " + " | ".join(problems[:5]))
    print(f"check_bundle: {version}; {CARDS} cards imported in {import_seconds:.1f} s and exported in"
          f" {export_seconds:.1f} s through the helper processes; the window started (LANGUAGE=ru) and closed on"
          " SIGTERM; icons and 4 translations in the bundle")


if __name__ == "__main__":
    main()

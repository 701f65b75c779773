"""app/loading.py: the collector paused while modules load, and put back as it was."""

from __future__ import annotations

import gc

from app.loading import loading_modules


def test_the_collector_is_paused_inside_and_nothing_is_frozen_outside_the_program() -> None:
    frozen = gc.get_freeze_count()
    assert gc.isenabled()
    with loading_modules():
        assert not gc.isenabled()
        with loading_modules():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner one leaves it paused
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen  # a test process is not the program: its garbage stays collectable


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with loading_modules():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()

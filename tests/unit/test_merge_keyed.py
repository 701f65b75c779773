"""The three-way merge of custom field values key by key (sync/merge.py, `keyed`)."""

from __future__ import annotations

from sync.merge import merge3

TIER_GOLD = ("tier", "Tier", "text", "", "Gold")
TIER_SILVER = ("tier", "Tier", "text", "", "Silver")
TIER_BRONZE = ("tier", "Tier", "text", "", "Bronze")
REGION_NORTH = ("region", "Region", "text", "", "North")
REGION_SOUTH = ("region", "Region", "text", "", "South")
TIER_REMOVED = ("tier", "Tier", "removed", "", "")


def _merge(base: tuple | None, mine: tuple, theirs: tuple):  # type: ignore[no-untyped-def,type-arg]
    return merge3({"custom": base} if base is not None else None, {"custom": mine}, {"custom": theirs},
                  keyed=("custom",))


def test_two_sides_changing_different_fields_of_one_record_both_count() -> None:
    result = _merge((TIER_GOLD, REGION_NORTH), (TIER_SILVER, REGION_NORTH), (TIER_GOLD, REGION_SOUTH))
    assert result.conflicts == ()
    assert result.merged["custom"] == (REGION_SOUTH, TIER_SILVER)


def test_one_field_changed_differently_on_both_sides_is_a_conflict_and_the_servers_value_stays() -> None:
    result = _merge((TIER_GOLD,), (TIER_SILVER,), (TIER_BRONZE,))
    assert result.conflicts == ("custom",) and result.merged["custom"] == (TIER_BRONZE,)


def test_a_removal_this_side_carries_wins_over_the_servers_older_copy() -> None:
    result = _merge((TIER_GOLD, REGION_NORTH), (TIER_REMOVED, REGION_NORTH), (TIER_GOLD, REGION_SOUTH))
    assert result.conflicts == () and result.merged["custom"] == (REGION_SOUTH, TIER_REMOVED)
    # A record that never held the field: its removal is no change against the server's copy either.
    result = _merge((REGION_NORTH,), (REGION_NORTH, TIER_REMOVED), (REGION_SOUTH,))
    assert result.conflicts == () and result.merged["custom"] == (REGION_SOUTH, TIER_REMOVED)


def test_without_a_base_each_side_s_fields_are_joined() -> None:
    result = _merge(None, (TIER_GOLD,), (REGION_NORTH,))
    assert result.conflicts == () and result.merged["custom"] == (REGION_NORTH, TIER_GOLD)
    result = _merge(None, (TIER_GOLD,), (TIER_SILVER,))
    assert result.conflicts == ("custom",) and result.merged["custom"] == (TIER_SILVER,)


def test_a_value_cleared_on_one_side_is_cleared() -> None:
    result = _merge((TIER_GOLD, REGION_NORTH), (REGION_NORTH,), (TIER_GOLD, REGION_NORTH))
    assert result.conflicts == () and result.merged["custom"] == (REGION_NORTH,)

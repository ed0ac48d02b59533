"""Wall times and instants around daylight-saving changes."""

from datetime import UTC, date, datetime

import pytest

from planner.domain import zones


def test_wall_time_becomes_the_right_instant() -> None:
    assert zones.to_instant(datetime(2025, 6, 4, 10, 0), "Asia/Taipei") == datetime(
        2025, 6, 4, 2, 0, tzinfo=UTC
    )


def test_skipped_wall_time_is_refused() -> None:
    with pytest.raises(zones.NonexistentLocalTime, match="does not exist in America/New_York"):
        zones.to_instant(datetime(2025, 3, 9, 2, 30), "America/New_York")


def test_repeated_wall_time_takes_the_first_occurrence() -> None:
    instant = zones.to_instant(datetime(2025, 11, 2, 1, 30), "America/New_York")
    assert instant == datetime(2025, 11, 2, 5, 30, tzinfo=UTC)  # still EDT, -04:00


def test_a_day_that_starts_at_one_because_midnight_is_skipped() -> None:
    # Chile moved its clocks from 00:00 to 01:00 on 8 September 2024.
    start = zones.start_of_day(date(2024, 9, 8), "America/Santiago")
    assert zones.to_local(start, "America/Santiago") == datetime(2024, 9, 8, 1, 0)
    assert zones.day_of(start, "America/Santiago") == date(2024, 9, 8)


def test_across_the_date_line_the_local_day_differs() -> None:
    instant = datetime(2025, 6, 7, 11, 0, tzinfo=UTC)
    assert zones.day_of(instant, "Pacific/Majuro") == date(2025, 6, 7)
    assert zones.day_of(instant, "Pacific/Pago_Pago") == date(2025, 6, 7)
    assert zones.to_local(instant, "Pacific/Kiritimati") == datetime(2025, 6, 8, 1, 0)

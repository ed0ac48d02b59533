"""Wall times and instants: turning a local time in an IANA zone into UTC and back."""

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones


class NonexistentLocalTime(ValueError):
    """A wall time that the clocks skip over (inside a daylight-saving gap)."""


# Names whose meaning depends on the machine, or that mean no real place.
MACHINE_ZONES = frozenset({"localtime", "Factory", "posixrules"})


@cache
def known_zones() -> frozenset[str]:
    """IANA zones that mean the same on every machine."""
    return frozenset(
        name
        for name in available_timezones()
        if name not in MACHINE_ZONES and not name.startswith(("posix/", "right/"))
    )


def is_known_zone(name: str) -> bool:
    return name in known_zones()


@cache
def zone(name: str) -> ZoneInfo:
    """The zone `name`, kept: ZoneInfo keeps only its last few zones for good, and a list of
    every zone's offset would otherwise read each zone's file again every time."""
    return ZoneInfo(name)


def to_instant(local: datetime, zone_name: str) -> datetime:
    """The UTC instant of a naive wall time in a zone.

    An ambiguous time (the repeated hour) takes its first occurrence; a time
    in a gap raises NonexistentLocalTime.
    """
    if local.tzinfo is not None:
        raise ValueError("expected a wall time without offset")
    tz = ZoneInfo(zone_name)
    instant = local.replace(tzinfo=tz, fold=0).astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) != local:
        raise NonexistentLocalTime(
            f"{local.isoformat(timespec='minutes')} does not exist in {zone_name}"
        )
    return instant


def to_local(instant: datetime, zone_name: str) -> datetime:
    """The naive wall time of a UTC instant in a zone."""
    return instant.astimezone(ZoneInfo(zone_name)).replace(tzinfo=None)


def start_of_day(day: date, zone_name: str) -> datetime:
    """The first instant of a calendar day in a zone, even where midnight falls in a gap."""
    tz = ZoneInfo(zone_name)
    midnight = datetime.combine(day, time(0), tzinfo=tz)
    instant = midnight.astimezone(UTC)
    # Where clocks jump forward at midnight the day begins at the jump.
    while instant.astimezone(tz).date() < day:
        instant += timedelta(minutes=15)
    return instant


def day_of(instant: datetime, zone_name: str) -> date:
    return instant.astimezone(ZoneInfo(zone_name)).date()

"""When a programme item happens: its start and end, each beside its own zone, how long it
lasts, and when it starts on the home clock."""

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QLabel

from planner.domain import zones
from planner.domain.model import Event
from planner.domain.programme import home_clock
from planner.ui import words
from planner.ui.dialogs import Invalid, zone
from planner.ui.forms import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    ZoneBox,
    datetime_edit,
    from_qdatetime,
    to_qdatetime,
)

ERROR_STYLE = "color: #a61b1b"


def duration_text(span: timedelta) -> str:
    """`1 h 30 min`, `45 min`, `2 days 3 h`."""
    minutes = round(span.total_seconds() / 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = []
    if days:
        one = days == 1
        parts.append(
            QCoreApplication.translate("Duration", "1 day")
            if one
            else QCoreApplication.translate("Duration", "{days} days")
        )
    parts += [QCoreApplication.translate("Duration", "{hours} h")] if hours else []
    parts += (
        [QCoreApplication.translate("Duration", "{minutes} min")] if minutes or not parts else []
    )
    return " ".join(parts).format(days=days, hours=hours, minutes=minutes)


def instant_of(edit: QDateTimeEdit, box: ZoneBox) -> datetime | None:
    """The instant a wall time field means in the zone beside it; None while the zone names
    no zone or the clocks skip that time."""
    name = box.zone()
    if not zones.is_known_zone(name):
        return None
    try:
        return zones.to_instant(from_qdatetime(edit.dateTime()), name)
    except zones.NonexistentLocalTime:
        return None


class ItemTimes(QObject):
    """The start and end of an item, each with its zone, an all-day tick and a line that says
    how long the item lasts (or that it ends before it starts).

    The end keeps the item's length when the start moves. The item ends in the zone it
    starts in unless the end zone is allowed its own (`allow_end_zone`). While `zone_at` is
    set, the start's zone follows it as the start moves: a new item is where the programme
    is; choosing a zone (or `choose_zone`) ends that.
    """

    def __init__(self, home: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.start, self.zone = datetime_edit(), ZoneBox()
        self.end, self.end_zone = datetime_edit(), ZoneBox()
        self.start_label, self.end_label = QLabel(self.tr("Starts")), QLabel(self.tr("Ends"))
        self.all_day = QCheckBox(self.tr("All day"))
        self.duration = QLabel()
        self.zone_at: Callable[[datetime], str] | None = None
        self._end_zone_allowed = False
        self._length: timedelta | None = None
        self._settling = False  # moving fields itself: no follow-on changes

    def connect_fields(self) -> None:
        """Follow the officer's changes from now on (after the item is shown)."""
        self.start.dateTimeChanged.connect(self._start_moved)
        self.end.dateTimeChanged.connect(self._end_moved)
        self.zone.currentTextChanged.connect(self._zone_chosen)
        self.end_zone.currentTextChanged.connect(self._remember_length)
        self.all_day.toggled.connect(self._all_day_toggled)
        self._all_day_toggled()
        self._end_moved()

    def show_times(
        self, start: datetime, start_zone: str, end: datetime, end_zone: str, *, all_day: bool
    ) -> None:
        """Wall times in their zones; for an all-day item, its first and last dates."""
        self.all_day.setChecked(all_day)
        self.start.setDateTime(to_qdatetime(start))
        self.zone.set_zone(start_zone)
        self.end.setDateTime(to_qdatetime(end))
        self.end_zone.set_zone(end_zone)

    def local_start(self) -> datetime:
        return from_qdatetime(self.start.dateTime())

    def end_zone_free(self) -> bool:
        return self._end_zone_allowed and not self.all_day.isChecked()

    def allow_end_zone(self, allowed: bool) -> None:
        """A journey may end in another zone; other items end in the zone they start in."""
        self._end_zone_allowed = allowed
        free = self.end_zone_free()
        self.end_zone.setEnabled(free)
        self.end_zone.setToolTip("" if free else self.tr("Ends in the zone it starts in"))
        if not free and self.end_zone.zone() != self.zone.zone():
            self.end_zone.set_zone(self.zone.zone())
        self._show_length()

    def choose_zone(self, name: str) -> None:
        """The item is in this zone (its venue's), whatever the programme around it."""
        self.zone_at = None
        self.zone.set_zone(name)

    def choose_end_zone(self, name: str) -> None:
        if self.end_zone_free():
            self.end_zone.set_zone(name)

    # Following the officer

    def _all_day_toggled(self) -> None:
        """An all-day item has dates, not times, and one zone."""
        all_day = self.all_day.isChecked()
        for edit in (self.start, self.end):
            edit.setDisplayFormat(DATE_FORMAT if all_day else DATETIME_FORMAT)
        self.allow_end_zone(self._end_zone_allowed)
        self._remember_length()

    def _zone_chosen(self) -> None:
        if not self._settling:
            self.zone_at = None
        if not self.end_zone_free():
            self.end_zone.set_zone(self.zone.zone())
        self._remember_length()

    def _start_moved(self) -> None:
        self._settling = True
        try:
            if self.zone_at is not None:
                self.zone.set_zone(self.zone_at(self.local_start()))
            if self._length is not None:
                self._keep_length(self._length)
        finally:
            self._settling = False
        self._show_offsets()
        self._show_length()

    def _end_moved(self) -> None:
        self._show_offsets()
        self._remember_length()

    def _keep_length(self, length: timedelta) -> None:
        if self.all_day.isChecked():
            end = self.local_start() + length - timedelta(days=1)
        else:
            start = instant_of(self.start, self.zone)
            if start is None or not zones.is_known_zone(self.end_zone.zone()):
                return
            end = zones.to_local(start + length, self.end_zone.zone())
        self.end.setDateTime(to_qdatetime(end))

    def span(self) -> timedelta | None:
        """How long the item lasts: the real time elapsed across zones, whole days when
        all-day; None while a time or zone cannot be read."""
        if self.all_day.isChecked():
            last = from_qdatetime(self.end.dateTime()).date()
            return timedelta(days=(last - self.local_start().date()).days + 1)
        start, end = instant_of(self.start, self.zone), instant_of(self.end, self.end_zone)
        return end - start if start and end else None

    def _remember_length(self) -> None:
        if self._settling:
            return
        span = self.span()
        if span is not None and span > timedelta(0):
            self._length = span
        self._show_length()

    def _show_length(self) -> None:
        span = self.span()
        ok = span is not None and span > timedelta(0)
        self.duration.setStyleSheet("" if ok else ERROR_STYLE)
        if span is None:
            self.duration.setText("")
        elif not ok:
            self.duration.setText(
                self.tr("Ends {length} before it starts").format(length=duration_text(-span))
                if span
                else self.tr("Ends when it starts")
            )
        else:
            length = duration_text(span)
            clock = self._home_clock()
            self.duration.setText(
                self.tr("Duration {length} · {time} in {city}").format(
                    length=length, time=clock, city=words.zone_city(self.home)
                )
                if clock
                else self.tr("Duration {length}").format(length=length)
            )

    def _show_offsets(self) -> None:
        """Each zone's offset on the item's own dates (Brussels is UTC+02:00 in October,
        UTC+01:00 in November). Not while a zone is typed: the box would show its entry."""
        settling, self._settling = self._settling, True  # only the zones' words change
        try:
            for edit, box in ((self.start, self.zone), (self.end, self.end_zone)):
                instant = instant_of(edit, box)
                if instant is not None:
                    box.show_offsets_at(instant)
        finally:
            self._settling = settling

    def _home_clock(self) -> str | None:
        """`22:30`: the start on the home clock, where that differs."""
        instant = instant_of(self.start, self.zone)
        if self.all_day.isChecked() or instant is None:
            return None
        return home_clock(instant, self.zone.zone(), self.home)

    # What the fields say

    def times(self, original: Event | None) -> tuple[datetime, str, datetime, str]:
        """Start and end instants with their zones. Seconds the fields cannot show are kept
        where the officer left a time of `original` alone."""
        start_zone = zone(self.zone, self.tr("Time zone"))
        end_zone = (
            zone(self.end_zone, self.tr("End time zone")) if self.end_zone_free() else start_zone
        )
        local_start, local_end = self.local_start(), from_qdatetime(self.end.dateTime())
        if self.all_day.isChecked():
            start = zones.start_of_day(local_start.date(), start_zone)
            end = zones.start_of_day(local_end.date() + timedelta(days=1), start_zone)
            return start, start_zone, end, start_zone
        start = self._instant(local_start, start_zone, self.start_label.text())
        end = self._instant(local_end, end_zone, self.end_label.text())
        if original is not None and not original.all_day:
            if start == original.start.replace(second=0) and start_zone == original.timezone:
                start = original.start
            if end == original.end.replace(second=0) and end_zone == original.zone_of_end:
                end = original.end
        return start, start_zone, end, end_zone  # whether it can be so: `item_flaws`

    @staticmethod
    def _instant(local: datetime, zone_name: str, field: str) -> datetime:
        try:
            return zones.to_instant(local, zone_name)
        except zones.NonexistentLocalTime:
            raise Invalid(
                QCoreApplication.translate(
                    "ItemTimes",
                    "{field}: {time} does not exist in {zone} that day (the clocks skip it)",
                ).format(field=field, time=f"{local:%H:%M}", zone=zone_name)
            ) from None

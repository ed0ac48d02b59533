"""Reading visit files: what a good file becomes, and how each kind of mistake is reported."""

from datetime import UTC, datetime
from typing import Any

import pytest

from planner.domain.errors import InvalidVisitFile
from planner.domain.model import VisitPlan
from planner.domain.vocab import EventStatus, NameOrder, SigningAuthority
from planner.visitfile import read_visit_file
from tests.helpers.factories import as_bytes, minimal_document


def problems_of(document: dict[str, Any] | bytes) -> list[str]:
    data = document if isinstance(document, bytes) else as_bytes(document)
    with pytest.raises(InvalidVisitFile) as caught:
        read_visit_file(data)
    return [str(problem) for problem in caught.value.problems]


def test_minimal_file_reads_as_the_visit_it_describes() -> None:
    plan = read_visit_file(as_bytes(minimal_document()))
    assert plan.visit.key == "test-visit"
    tsai = plan.person("tsai")
    assert tsai.native_name == "蔡明彥"
    assert tsai.name_order is NameOrder.FAMILY_GIVEN
    (signing,) = plan.events
    assert signing.start == datetime(2025, 6, 4, 2, 0, tzinfo=UTC)  # 10:00 in Taipei
    assert signing.timezone == "Asia/Taipei"  # from the venue
    assert signing.signing is not None
    kaneko = signing.signing.signatories[1]
    assert kaneko.authority is SigningAuthority.DESIGNATION
    assert kaneko.designated_by == "heine"
    assert signing.signing.witnesses == ("heine",)


def test_demo_visit_is_the_june_2025_state_visit(demo_plan: VisitPlan) -> None:
    assert demo_plan.visit.start_date.isoformat() == "2025-06-02"
    assert demo_plan.visit.end_date.isoformat() == "2025-06-07"
    signing = next(e for e in demo_plan.events if e.signing is not None)
    assert signing.local_start.date().isoformat() == "2025-06-04"
    assert signing.signing is not None
    signers = {s.person: s for s in signing.signing.signatories}
    assert set(signers) == {"tsai", "kaneko"}
    assert signers["kaneko"].designated_by == "heine"
    attending = {p.person for p in signing.participants} - set(signers)
    assert {"hsia", "bejang", "silk"} <= attending
    assert demo_plan.person("hsia").native_name == "夏季昌"
    flight = next(e for e in demo_plan.events if e.end_timezone == "Pacific/Majuro")
    assert flight.timezone == "Asia/Taipei"


def test_event_zone_defaults_to_the_venue_then_the_visit() -> None:
    document = minimal_document()
    document["venues"][0]["timezone"] = "Pacific/Majuro"
    document["events"].append(
        {
            "key": "free",
            "kind": "other",
            "title": "Rest",
            "start": "2025-06-05T09:00",
            "end": "2025-06-05T10:00",
        }
    )
    plan = read_visit_file(as_bytes(document))
    zones = {event.key: event.timezone for event in plan.events}
    assert zones == {"signing": "Pacific/Majuro", "free": "Asia/Taipei"}


def test_flight_keeps_both_zones_and_its_true_duration() -> None:
    document = minimal_document()
    document["events"] = [
        {
            "key": "flight",
            "kind": "departure",
            "title": "Flight to Majuro",
            "start": "2025-06-07T09:30",
            "end": "2025-06-07T22:00",
            "timezone": "Asia/Taipei",
            "end_timezone": "Pacific/Majuro",
        }
    ]
    (flight,) = read_visit_file(as_bytes(document)).events
    assert flight.end_timezone == "Pacific/Majuro"
    assert (flight.end - flight.start).total_seconds() == 8.5 * 3600


def test_all_day_end_is_exclusive() -> None:
    document = minimal_document()
    document["events"] = [
        {
            "key": "flags",
            "kind": "other",
            "title": "Flags",
            "start": "2025-06-03",
            "end": "2025-06-04",
            "all_day": True,
        }
    ]
    (flags,) = read_visit_file(as_bytes(document)).events
    assert flags.all_day
    assert (flags.end - flags.start).days == 1
    assert flags.local_start.isoformat() == "2025-06-03T00:00:00"


def test_ambiguous_local_time_takes_its_first_occurrence() -> None:
    document = minimal_document()
    document["visit"]["timezone"] = "Europe/Berlin"
    document["events"] = [
        {
            "key": "late",
            "kind": "other",
            "title": "Late talk",
            "start": "2025-10-26T02:30",
            "end": "2025-10-26T03:30",
        }
    ]
    (event,) = read_visit_file(as_bytes(document)).events
    assert event.start == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)  # still summer time, +02:00


def test_local_time_in_a_daylight_saving_gap_is_an_error() -> None:
    document = minimal_document()
    document["visit"]["timezone"] = "Europe/Berlin"
    document["events"] = [
        {
            "key": "gap",
            "kind": "other",
            "title": "Gap",
            "start": "2025-03-30T02:30",
            "end": "2025-03-30T04:00",
        }
    ]
    assert problems_of(document) == [
        "$.events[0].start: 2025-03-30T02:30:00 does not exist in Europe/Berlin: the clocks skip it"
    ]


def test_several_mistakes_are_all_listed_with_their_paths() -> None:
    document = minimal_document()
    document["visit"]["direction"] = "sideways"
    document["visit"]["timezone"] = "Asia/Taipie"
    document["people"][1]["precedence"] = "first"
    document["people"][2]["precedence"] = 1
    document["people"][2]["side"] = "guest"
    document["events"][0]["venue"] = "palace"
    document["events"][0]["participants"][1]["role"] = "attendee"
    problems = problems_of(document)
    # What each entry says is read first; how the entries agree is checked on what could be
    # read, the visit's entry or not.
    assert problems == [
        '$.visit.direction: expected one of "inbound", "outbound", got "sideways"',
        '$.visit.timezone: expected an IANA time zone like "Asia/Taipei", got "Asia/Taipie"',
        '$.people[1].precedence: expected a whole number, got "first"',
        '$.events[0].venue: "palace" is not the key of any venue of this visit',
        "$.events[0].signing.signatories[1].person: Kalani Kaneko signs but is not at the item "
        "as a signatory",
    ]
    document["events"][0]["strat"] = "2025-06-04T09:00"
    assert problems_of(document)[3:] == [
        '$.events[0].strat: is not a known key here (did you mean "start"?)'
    ]


def test_duplicate_keys_and_precedence_are_each_reported() -> None:
    document = minimal_document()
    document["people"][2]["key"] = "heine"
    document["people"][2]["precedence"] = 1
    problems = problems_of(document)
    assert '$.people[2].key: "heine" is already the key of H.E. Hilda Heine' in problems
    assert (
        "$.people[2].precedence: 1 on the guest side is already the place of H.E. Hilda Heine"
        in problems
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d.update(version=3),
            "$.version: version 3 is newer than this program reads (versions 1 and 2); "
            "update Delegation Planner to read it",
        ),
        (
            lambda d: d.update(format="something-else"),
            '$.format: expected "delegation-planner.visit", got "something-else"',
        ),
        (
            lambda d: d["visit"].update(key="Test Visit"),
            '$.visit.key: "Test Visit" is not a key of lowercase letters, digits and hyphens, '
            "starting with a letter or digit (at most 100)",
        ),
        (
            lambda d: d["visit"].update(end_date="2025-06-01"),
            "$.visit.end_date: ends before it starts (2025-06-02)",
        ),
        (lambda d: d["visit"].pop("title"), "$.visit.title: is required"),
        (
            lambda d: d["visit"].update(host_country="Taiwan"),
            '$.visit.host_country: expected an ISO 3166-1 alpha-2 code like "TW", got "Taiwan"',
        ),
        (
            lambda d: d["venues"][0].pop("longitude"),
            "$.venues[0].longitude: is required when the other coordinate is given",
        ),
        (
            lambda d: d["venues"][0].update(latitude=95),
            "$.venues[0].latitude: expected a number from -90 to 90, got 95",
        ),
        (
            lambda d: d["events"][0].update(end="2025-06-04T09:00"),
            "$.events[0].end: 2025-06-04T09:00 (Asia/Taipei) is not after the start, "
            "2025-06-04T10:00 (Asia/Taipei)",
        ),
        (
            lambda d: d["events"][0].update(start="2025-06-04T10:00+08:00"),
            '$.events[0].start: expected a local time like "2025-06-04T10:00", got '
            '"2025-06-04T10:00+08:00" (no offset, no Z)',
        ),
        (
            lambda d: d["events"][0].update(kind="meeting"),
            '$.events[0].signing: only an item of kind "signing" has a signing',
        ),
        (
            lambda d: d["events"][0]["signing"]["signatories"][0].update(designated_by="heine"),
            "$.events[0].signing.signatories[0].designated_by: goes only with authority "
            '"designation"',
        ),
        (
            lambda d: d["events"][0]["signing"]["witnesses"].append("nobody"),
            '$.events[0].signing.witnesses[1]: "nobody" is not the key of any person of this visit',
        ),
        (
            lambda d: d["events"][0]["participants"].append({"person": "tsai", "role": "chair"}),
            "$.events[0].participants[3].person: Tsai Ming-yen is already a participant",
        ),
        (
            lambda d: d["people"][0].update(given_name="Ming\x00yen"),
            "$.people[0].given_name: contains a control character",
        ),
        (
            lambda d: d["people"][0].update(given_name=""),
            "$.people[0].given_name: must not be empty",
        ),
        (
            lambda d: d["events"][0].update(all_day=1),
            "$.events[0].all_day: expected true or false, got 1",
        ),
        (
            lambda d: d["visit"].update(host_country=""),
            "$.visit.host_country: must not be empty: expected an ISO 3166-1 alpha-2 code"
            ' like "TW"',
        ),
        (
            lambda d: d["venues"][0].update(timezone=" "),
            "$.venues[0].timezone: must not be empty: expected an IANA time zone"
            ' like "Asia/Taipei"',
        ),
        (
            lambda d: d.update(version=True),
            "$.version: expected 1 or 2, got true",
        ),
        (
            lambda d: d["visit"].update(timezone="localtime"),
            '$.visit.timezone: expected an IANA time zone like "Asia/Taipei", got "localtime"',
        ),
        (
            lambda d: d["events"].append(
                {
                    "key": "skipped",
                    "kind": "other",
                    "title": "Skipped day",
                    "all_day": True,
                    "start": "2011-12-30",
                    "end": "2011-12-31",
                    "timezone": "Pacific/Apia",
                }
            ),
            "$.events[1].start: 2011-12-30 does not exist in Pacific/Apia",
        ),
        (
            lambda d: d["visit"].update(start_date="0001-01-01"),
            '$.visit.start_date: expected a date like "2025-06-04", got "0001-01-01" '
            "(years 1900 to 2199 only)",
        ),
    ],
)
def test_each_mistake_is_named_by_path(change: Any, expected: str) -> None:
    document = minimal_document()
    change(document)
    assert problems_of(document) == [expected]


def test_key_written_twice_in_one_object_is_an_error() -> None:
    data = as_bytes(minimal_document()).replace(
        b'"title": "Test visit",', b'"title": "Test visit", "title": "Other",'
    )
    assert problems_of(data) == ["$.visit.title: is given more than once"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b"{",
            "$: is not valid JSON: Expecting property name enclosed in double quotes"
            " at line 1, column 2",
        ),
        (b"\xff\xfe{}", "$: is not UTF-8 text (byte 0 cannot be read)"),
        (b'{"latitude": NaN}', "$: is not valid JSON: NaN is not a JSON number"),
        (b"[]", "$: expected an object, got an array"),
        (b"[" * 100_000, "$: is not valid JSON: nested too deeply"),
    ],
)
def test_unreadable_files_say_why(data: bytes, expected: str) -> None:
    assert problems_of(data) == [expected]


def test_message_counts_problems_and_says_nothing_was_imported() -> None:
    document = minimal_document()
    document["visit"]["direction"] = "sideways"
    document["people"][0]["side"] = "middle"
    with pytest.raises(InvalidVisitFile) as caught:
        read_visit_file(as_bytes(document), "embassy.visit.json")
    first_line = str(caught.value).splitlines()[0]
    assert first_line == "embassy.visit.json: 2 problems, nothing imported:"


def test_optional_values_default_as_documented() -> None:
    document = minimal_document()
    signatory = document["events"][0]["signing"]["signatories"][0]
    del signatory["on_behalf_of"], signatory["order"]
    (event,) = read_visit_file(as_bytes(document)).events
    assert event.status is EventStatus.CONFIRMED
    assert event.signing is not None
    tsai = event.signing.signatories[0]
    assert (tsai.on_behalf_of, tsai.order) == ("TW", 1)

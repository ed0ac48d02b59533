"""Small builders for visit files and plans, so each test states only what it is about."""

import copy
import json
from datetime import UTC, datetime
from typing import Any

FIXED_NOW = datetime(2025, 5, 20, 9, 0, tzinfo=UTC)


def minimal_document() -> dict[str, Any]:
    """A small valid visit file: two people, one venue, a signing with its signatories."""
    return copy.deepcopy(_MINIMAL)


def as_bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode()


_MINIMAL: dict[str, Any] = {
    "format": "delegation-planner.visit",
    "version": 1,
    "visit": {
        "key": "test-visit",
        "title": "Test visit",
        "direction": "inbound",
        "kind": "official",
        "host_country": "TW",
        "guest_country": "MH",
        "start_date": "2025-06-02",
        "end_date": "2025-06-07",
        "timezone": "Asia/Taipei",
        "organizer": {"name": "Department of Protocol", "email": "protocol@example.org"},
    },
    "people": [
        {
            "key": "tsai",
            "given_name": "Ming-yen",
            "family_name": "Tsai",
            "native_name": "蔡明彥",
            "name_order": "family-given",
            "title": "Director-General, National Security Bureau",
            "country": "TW",
            "side": "host",
            "delegation_role": "official",
            "precedence": 1,
        },
        {
            "key": "heine",
            "given_name": "Hilda",
            "family_name": "Heine",
            "honorific": "H.E.",
            "title": "President",
            "country": "MH",
            "side": "guest",
            "delegation_role": "head",
            "precedence": 1,
        },
        {
            "key": "kaneko",
            "given_name": "Kalani",
            "family_name": "Kaneko",
            "title": "Minister of Foreign Affairs and Trade",
            "country": "MH",
            "side": "guest",
            "delegation_role": "member",
            "precedence": 2,
        },
    ],
    "venues": [
        {
            "key": "hotel",
            "name": "The Grand Hotel Taipei",
            "native_name": "圓山大飯店",
            "timezone": "Asia/Taipei",
            "latitude": 25.0787,
            "longitude": 121.5263,
        }
    ],
    "events": [
        {
            "key": "signing",
            "kind": "signing",
            "title": "Signing of the Letter of Intent on Security Cooperation",
            "start": "2025-06-04T10:00",
            "end": "2025-06-04T10:30",
            "venue": "hotel",
            "participants": [
                {"person": "tsai", "role": "signatory"},
                {"person": "kaneko", "role": "signatory"},
                {"person": "heine", "role": "witness"},
            ],
            "signing": {
                "documents": [
                    {
                        "title": "Letter of Intent on Security Cooperation",
                        "kind": "loi",
                        "languages": ["en", "zh-Hant"],
                        "copies": 2,
                    }
                ],
                "signatories": [
                    {"person": "tsai", "on_behalf_of": "TW", "order": 1, "authority": "agency"},
                    {
                        "person": "kaneko",
                        "on_behalf_of": "MH",
                        "order": 2,
                        "authority": "designation",
                        "designated_by": "heine",
                    },
                ],
                "witnesses": ["heine"],
            },
        }
    ],
}


def world_trip_document() -> dict[str, Any]:
    """An outbound trip: a summer day in Berlin (daylight saving) and a flight over the date line.

    Majuro is UTC+12 and Honolulu UTC-10: the flight lands on the calendar day
    before the one it left on.
    """
    return {
        "format": "delegation-planner.visit",
        "version": 1,
        "visit": {
            "key": "pacific-europe-2025",
            "title": "Official visit to Germany, returning via Majuro and Honolulu",
            "direction": "outbound",
            "kind": "official",
            "host_country": "DE",
            "guest_country": "TW",
            "start_date": "2025-07-01",
            "end_date": "2025-07-08",
            "timezone": "Asia/Taipei",
            "organizer": {"name": "Department of Protocol; MOFA", "email": "protocol@example.org"},
        },
        "people": [
            {
                "key": "merz",
                "given_name": "Anna",
                "family_name": "Schmidt",
                "title": "State Secretary",
                "country": "DE",
                "side": "host",
                "delegation_role": "official",
                "precedence": 1,
                "email": "a.schmidt@example.org",
            },
            {
                "key": "lin",
                "given_name": "Chia-lung",
                "family_name": "Lin",
                "native_name": "林佳龍",
                "name_order": "family-given",
                "honorific": "H.E.",
                "title": "Minister of Foreign Affairs",
                "country": "TW",
                "side": "guest",
                "delegation_role": "head",
                "precedence": 1,
                "email": "lin@example.org",
            },
            {
                "key": "chen",
                "given_name": "Mei-ling",
                "family_name": "Chen",
                "native_name": "陳美玲",
                "name_order": "family-given",
                "title": "Director, Department of European Affairs",
                "country": "TW",
                "side": "guest",
                "delegation_role": "member",
                "precedence": 2,
                "dietary": "Vegetarian",
            },
        ],
        "venues": [
            {
                "key": "auswaertiges-amt",
                "name": "Federal Foreign Office",
                "native_name": "Auswärtiges Amt",
                "address": "Werderscher Markt 1, 10117 Berlin",
                "timezone": "Europe/Berlin",
                "latitude": 52.5147,
                "longitude": 13.3996,
            },
            {
                "key": "maj",
                "name": "Amata Kabua International Airport",
                "timezone": "Pacific/Majuro",
            },
        ],
        "events": [
            {
                "key": "berlin-talks",
                "kind": "talks",
                "title": "Working talks",
                "start": "2025-07-02T10:00",
                "end": "2025-07-02T11:30",
                "venue": "auswaertiges-amt",
                "dress_code": "Business attire",
                "participants": [
                    {"person": "merz", "role": "chair"},
                    {"person": "lin", "role": "attendee"},
                    {"person": "chen", "role": "attendee"},
                ],
            },
            {
                "key": "berlin-lunch",
                "kind": "banquet",
                "title": "Working lunch",
                "start": "2025-07-02T12:00",
                "end": "2025-07-02T13:30",
                "venue": "auswaertiges-amt",
                "status": "cancelled",
                "participants": [{"person": "merz", "role": "chair"}, {"person": "lin"}],
            },
            {
                "key": "flight-maj-hnl",
                "kind": "transfer",
                "title": "Flight Majuro to Honolulu",
                "start": "2025-07-08T01:00",
                "end": "2025-07-07T07:00",
                "venue": "maj",
                "timezone": "Pacific/Majuro",
                "end_timezone": "Pacific/Honolulu",
                "participants": [{"person": "lin"}, {"person": "chen"}],
            },
        ],
    }

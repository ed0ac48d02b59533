"""The trip an officer planned when the window put items under the wrong day: our Foreign
Minister's working visit to Brussels and Prague in October 2025, home zone Taipei.

The night train leaves Brussels at 19:22 on Saturday 25 October (01:22 on Sunday in
Taipei) and reaches Prague at 10:12 on Sunday, after the clocks in Europe went back an
hour at 03:00. Illustrative: the names of offices are real, the programme is made up.
"""

import copy
from typing import Any

TRIP_KEY = "fm-brussels-prague-2025"


def brussels_prague_document() -> dict[str, Any]:
    return copy.deepcopy(_TRIP)


_TRIP: dict[str, Any] = {
    "format": "delegation-planner.visit",
    "version": 2,
    "visit": {
        "key": TRIP_KEY,
        "title": "Working visit of the Minister of Foreign Affairs to Brussels and Prague",
        "direction": "outbound",
        "kind": "working",
        "host_country": "BE",
        "guest_country": "TW",
        "start_date": "2025-10-23",
        "end_date": "2025-10-28",
        "timezone": "Asia/Taipei",
    },
    "people": [
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
            "arrival": {"event": "flight-out"},
        },
        {
            "key": "chen",
            "given_name": "Mei-ling",
            "family_name": "Chen",
            "native_name": "陳美玲",
            "name_order": "family-given",
            "title": "Interpreter",
            "country": "TW",
            "side": "guest",
            "delegation_role": "interpreter",
            "precedence": 2,
        },
        {
            "key": "peeters",
            "given_name": "Anne",
            "family_name": "Peeters",
            "title": "Director, Asia and Oceania",
            "country": "BE",
            "side": "host",
            "delegation_role": "official",
            "precedence": 1,
        },
        {
            "key": "lipavsky",
            "given_name": "Jan",
            "family_name": "Lipavský",
            "honorific": "H.E.",
            "title": "Minister of Foreign Affairs of the Czech Republic",
            "country": "CZ",
            "side": "host",
            "delegation_role": "head",
            "precedence": 2,
        },
    ],
    "venues": [
        {
            "key": "tpe",
            "name": "Taiwan Taoyuan International Airport",
            "timezone": "Asia/Taipei",
            "country": "TW",
            "kind": "airport",
            "city": "Taoyuan",
        },
        {
            "key": "bru",
            "name": "Brussels Airport",
            "timezone": "Europe/Brussels",
            "country": "BE",
            "kind": "airport",
            "city": "Brussels",
        },
        {
            "key": "egmont",
            "name": "Egmont Palace",
            "timezone": "Europe/Brussels",
            "country": "BE",
            "kind": "palace",
            "city": "Brussels",
        },
        {
            "key": "bru-midi",
            "name": "Bruxelles-Midi",
            "timezone": "Europe/Brussels",
            "country": "BE",
            "kind": "station",
            "city": "Brussels",
        },
        {
            "key": "praha-hl-n",
            "name": "Praha hlavní nádraží",
            "timezone": "Europe/Prague",
            "country": "CZ",
            "kind": "station",
            "city": "Prague",
        },
        {
            "key": "czernin",
            "name": "Czernin Palace",
            "native_name": "Černínský palác",
            "timezone": "Europe/Prague",
            "country": "CZ",
            "kind": "ministry",
            "city": "Prague",
        },
    ],
    "events": [
        {
            "key": "flight-out",
            "kind": "flight",
            "title": "Flight to Brussels",
            "start": "2025-10-23T23:40",
            "end": "2025-10-24T07:10",
            "venue": "tpe",
            "destination": "bru",
            "flight_number": "BR 65",
            "participants": [
                {"person": "lin", "role": "attendee"},
                {"person": "chen", "role": "interpreter"},
            ],
        },
        {
            "key": "brussels-meeting",
            "kind": "meeting",
            "title": "Meeting at the Egmont Palace",
            "start": "2025-10-24T15:30",
            "end": "2025-10-24T16:30",
            "venue": "egmont",
            "participants": [
                {"person": "peeters", "role": "chair"},
                {"person": "lin", "role": "attendee"},
                {"person": "chen", "role": "interpreter"},
            ],
        },
        {
            "key": "night-train",
            "kind": "transfer",
            "title": "Night train to Prague",
            "start": "2025-10-25T19:22",
            "end": "2025-10-26T10:12",
            "venue": "bru-midi",
            "destination": "praha-hl-n",
            "participants": [
                {"person": "lin", "role": "attendee"},
                {"person": "chen", "role": "interpreter"},
            ],
        },
        {
            "key": "prague-signing",
            "kind": "signing",
            "title": "Signing of the Memorandum of Understanding on Supply-Chain Resilience",
            "start": "2025-10-27T11:00",
            "end": "2025-10-27T11:30",
            "venue": "czernin",
            "participants": [
                {"person": "lipavsky", "role": "signatory"},
                {"person": "lin", "role": "signatory"},
                {"person": "chen", "role": "interpreter"},
            ],
            "signing": {
                "documents": [
                    {
                        "title": "Memorandum of Understanding on Supply-Chain Resilience",
                        "kind": "mou",
                        "languages": ["cs", "zh-Hant", "en"],
                        "copies": 2,
                    }
                ],
                "signatories": [
                    {
                        "person": "lipavsky",
                        "on_behalf_of": "CZ",
                        "order": 1,
                        "authority": "ex-officio",
                    },
                    {"person": "lin", "on_behalf_of": "TW", "order": 2, "authority": "ex-officio"},
                ],
            },
        },
    ],
}

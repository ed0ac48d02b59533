"""Writing a VisitPlan as a visit file, keys in the order docs/visit-file.md gives them."""

import json
from datetime import datetime
from typing import Any

from planner.domain import zones
from planner.domain.model import (
    TRANSLATABLE,
    Event,
    Movement,
    OnItem,
    Person,
    Seating,
    Signing,
    SigningDocument,
    Translated,
    Venue,
    Visit,
    VisitPlan,
)

FORMAT = "delegation-planner.visit"
VERSION = 2


def visit_file_bytes(plan: VisitPlan) -> bytes:
    """The file's bytes: UTF-8, two-space indent, native scripts written as they are."""
    text = json.dumps(visit_file_document(plan), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def visit_file_document(plan: VisitPlan) -> dict[str, Any]:
    plan = plan.in_canonical_order()
    return {
        "format": FORMAT,
        "version": VERSION,
        "visit": _visit(plan.visit),
        "people": [_person(person) for person in plan.people],
        "venues": [_venue(venue) for venue in plan.venues],
        "events": [_event(plan, event) for event in plan.events],
    }


def _present(pairs: dict[str, Any]) -> dict[str, Any]:
    """Leave out what is not there, so the file says only what the visit says."""
    return {name: value for name, value in pairs.items() if value is not None}


def _translations(record: Translated) -> dict[str, dict[str, str]] | None:
    """A record's texts in other languages, by language, each language's texts in the order
    the format lists the keys; None (left out) when it has none."""
    if not record.translations:
        return None
    order = {name: place for place, name in enumerate(TRANSLATABLE[type(record)])}
    by_language: dict[str, dict[str, str]] = {}
    for translation in sorted(
        record.translations, key=lambda t: (t.language, order.get(t.field, len(order)), t.field)
    ):
        by_language.setdefault(translation.language, {})[translation.field] = translation.text
    return by_language


def _wall_time(local: datetime) -> str:
    return local.isoformat(timespec="minutes" if local.second == 0 else "seconds")


def _visit(visit: Visit) -> dict[str, Any]:
    organizer = visit.organizer
    return _present(
        {
            "key": visit.key,
            "title": visit.title,
            "direction": visit.direction.value,
            "kind": visit.kind.value,
            "host_country": visit.host_country,
            "guest_country": visit.guest_country,
            "start_date": visit.start_date.isoformat(),
            "end_date": visit.end_date.isoformat(),
            "timezone": visit.timezone,
            "organizer": _present({"name": organizer.name, "email": organizer.email})
            if organizer
            else None,
            "notes": visit.notes,
            "languages": list(visit.languages) if visit.languages != ("en",) else None,
            "translations": _translations(visit),
        }
    )


def _movement(movement: Movement | OnItem | None) -> dict[str, Any] | None:
    if movement is None:
        return None
    own = movement if isinstance(movement, Movement) else None
    return _present(
        {
            "event": movement.event if isinstance(movement, OnItem) else None,
            "at": _wall_time(own.local) if own else None,
            "timezone": own.timezone if own else None,
            "flight": own.flight if own else None,
            "terminal": movement.terminal,
            "met_by": movement.met_by,
            "notes": movement.notes,
        }
    )


def _person(person: Person) -> dict[str, Any]:
    return _present(
        {
            "key": person.key,
            "given_name": person.given_name,
            "family_name": person.family_name,
            "native_name": person.native_name,
            "name_order": person.name_order.value,
            "honorific": person.honorific,
            "courtesy": person.courtesy,
            "title": person.title,
            "short_title": person.short_title,
            "organization": person.organization,
            "country": person.country,
            "side": person.side.value,
            "delegation_role": person.delegation_role.value,
            "precedence": person.precedence,
            "email": person.email,
            "phone": person.phone,
            "dietary": person.dietary,
            "medical": person.medical,
            "notes": person.notes,
            "arrival": _movement(person.arrival),
            "departure": _movement(person.departure),
            "translations": _translations(person),
        }
    )


def _venue(venue: Venue) -> dict[str, Any]:
    return _present(
        {
            "key": venue.key,
            "name": venue.name,
            "native_name": venue.native_name,
            "address": venue.address,
            "notes": venue.notes,
            "timezone": venue.timezone,
            "latitude": _coordinate(venue.latitude),
            "longitude": _coordinate(venue.longitude),
            "country": venue.country,
            "kind": venue.kind.value if venue.kind else None,
            "city": venue.city,
            "translations": _translations(venue),
        }
    )


def _coordinate(degrees: float | None) -> float | None:
    return None if degrees is None else degrees + 0.0  # never "-0.0"


def _event(plan: VisitPlan, event: Event) -> dict[str, Any]:
    # A reader takes the destination's zone for the end unless told: say it where it differs.
    implied_end = plan.venue(event.destination).timezone if event.destination else event.timezone
    end_timezone = event.zone_of_end if event.zone_of_end != implied_end else None
    if event.all_day:
        start = zones.day_of(event.start, event.timezone).isoformat()
        end = zones.day_of(event.end, event.timezone).isoformat()
    else:
        start, end = _wall_time(event.local_start), _wall_time(event.local_end)
    return _present(
        {
            "key": event.key,
            "kind": event.kind.value,
            "title": event.title,
            "start": start,
            "end": end,
            "timezone": event.timezone,
            "end_timezone": end_timezone,
            "all_day": True if event.all_day else None,
            "venue": event.venue,
            "destination": event.destination,
            "flight_number": event.flight_number,
            "status": event.status.value,
            "dress_code": event.dress_code,
            "notes": event.notes,
            "press": event.press.value,
            "participants": [
                {"person": p.person, "role": p.role.value} for p in event.participants
            ],
            "signing": _signing(event.signing) if event.signing else None,
            "seating": _seating(event.seating) if event.seating else None,
            "translations": _translations(event),
        }
    )


def _signing(signing: Signing) -> dict[str, Any]:
    return {
        "documents": [_document(document) for document in signing.documents],
        "signatories": [
            _present(
                {
                    "person": s.person,
                    "on_behalf_of": s.on_behalf_of,
                    "order": s.order,
                    "authority": s.authority.value,
                    "designated_by": s.designated_by,
                    "full_powers": s.full_powers.value,
                    "assistant": s.assistant,
                }
            )
            for s in signing.signatories
        ],
        "witnesses": list(signing.witnesses),
    }


def _document(document: SigningDocument) -> dict[str, Any]:
    return _present(
        {
            "title": document.title,
            "kind": document.kind.value,
            "languages": list(document.languages),
            "copies": document.copies,
            "translations": _translations(document),
        }
    )


def _seating(seating: Seating) -> dict[str, Any]:
    """The plan, its tables in its order and its seats in theirs (by table, side, number);
    a seat's side only at talks, and no locks: the format has no key for them."""
    return {
        "plan": seating.plan.value,
        "tables": [
            _present(
                {
                    "key": table.key,
                    "name": table.name,
                    "seats": table.seats,
                    "translations": _translations(table),
                }
            )
            for table in seating.tables
        ],
        "seats": [
            _present(
                {
                    "table": seat.table,
                    "side": seat.side.value if seat.side else None,
                    "number": seat.number,
                    "person": seat.person,
                }
            )
            for seat in seating.seats
        ],
    }

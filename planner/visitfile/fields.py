"""Reading typed fields out of parsed JSON, collecting every problem with its JSON path."""

import difflib
import json
import re
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from planner.domain import zones
from planner.domain.errors import Problem
from planner.domain.rules import CONTROL, COUNTRY, EMAIL, MAX_TEXT

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")

FIRST_YEAR, LAST_YEAR = 1900, 2199
LOCAL_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?")
LOCAL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class JsonObject(dict[str, Any]):
    """A parsed JSON object that remembers keys written more than once."""

    duplicate_keys: tuple[str, ...] = ()


def _object_pairs(pairs: list[tuple[str, Any]]) -> JsonObject:
    obj = JsonObject()
    duplicates = []
    for name, value in pairs:
        if name in obj:
            duplicates.append(name)
        obj[name] = value
    obj.duplicate_keys = tuple(duplicates)
    return obj


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def parse_json(text: str) -> Any:
    """Parse strict JSON (no NaN or Infinity); raises ValueError with a readable reason."""
    try:
        return json.loads(text, object_pairs_hook=_object_pairs, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise ValueError(f"{error.msg} at line {error.lineno}, column {error.colno}") from error
    except RecursionError as error:
        raise ValueError("nested too deeply") from error


def child(path: str, name: str | int) -> str:
    if isinstance(name, int):
        return f"{path}[{name}]"
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        return f"{path}.{name}"
    return f"{path}[{json.dumps(name, ensure_ascii=False)}]"


def describe(value: Any) -> str:
    """A short rendering of a bad value for a message."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if value is None:
        return "null"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


class FieldReader:
    """Reads one JSON document, noting each problem instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def mark(self) -> int:
        return len(self.problems)

    def clean_since(self, mark: int) -> bool:
        return len(self.problems) == mark

    def object(
        self, value: Any, path: str, required: tuple[str, ...], optional: tuple[str, ...]
    ) -> JsonObject | None:
        """Check an object's shape: required keys present, no unknown keys, none repeated."""
        if not isinstance(value, dict):
            self.problem(path, f"expected an object, got {describe(value)}")
            return None
        obj = value if isinstance(value, JsonObject) else JsonObject(value)
        for name in obj.duplicate_keys:
            self.problem(child(path, name), "is given more than once")
        for name in required:
            if name not in obj:
                self.problem(child(path, name), "is required")
        allowed = set(required) | set(optional)
        for name in obj:
            if name not in allowed:
                self.problem(
                    child(path, name), f"is not a known key here ({_suggest(name, allowed)})"
                )
        return obj

    def array(self, obj: JsonObject, name: str, path: str) -> list[Any]:
        if name not in obj:
            return []
        value = obj[name]
        if not isinstance(value, list):
            self.problem(child(path, name), f"expected an array, got {describe(value)}")
            return []
        return value

    def text(self, obj: JsonObject, name: str, path: str, *, blank_ok: bool = False) -> str | None:
        """A string field; None when absent or wrong. An empty optional string counts as absent."""
        if name not in obj:
            return None
        value, where = obj[name], child(path, name)
        if not isinstance(value, str):
            self.problem(where, f"expected a string, got {describe(value)}")
            return None
        if len(value) > MAX_TEXT:
            self.problem(where, f"is {len(value):,} characters long; at most {MAX_TEXT:,} fit")
            return None
        if CONTROL.search(value):
            self.problem(where, "contains a control character")
            return None
        if not value.strip() and not blank_ok:
            return None
        return value

    def required_text(self, obj: JsonObject, name: str, path: str) -> str | None:
        value = self.text(obj, name, path)
        if value is None and name in obj and isinstance(obj[name], str) and not obj[name].strip():
            self.problem(child(path, name), "must not be empty")
        return value

    def integer(self, obj: JsonObject, name: str, path: str, *, minimum: int) -> int | None:
        if name not in obj:
            return None
        value, where = obj[name], child(path, name)
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(where, f"expected a whole number, got {describe(value)}")
            return None
        if value < minimum or value > 1_000_000:
            self.problem(where, f"expected a whole number from {minimum} to 1000000, got {value}")
            return None
        return value

    def number(self, obj: JsonObject, name: str, path: str, limit: float) -> float | None:
        if name not in obj:
            return None
        value, where = obj[name], child(path, name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(where, f"expected a number, got {describe(value)}")
            return None
        if not -limit <= value <= limit:
            self.problem(where, f"expected a number from {-limit:g} to {limit:g}, got {value}")
            return None
        return float(value) + 0.0  # -0.0 becomes 0.0, as SQLite would store it

    def boolean(self, obj: JsonObject, name: str, path: str) -> bool | None:
        if name not in obj:
            return None
        value = obj[name]
        if not isinstance(value, bool):
            self.problem(child(path, name), f"expected true or false, got {describe(value)}")
            return None
        return value

    def choice(self, obj: JsonObject, name: str, path: str, vocabulary: type[E]) -> E | None:
        if name not in obj:
            return None
        value = obj[name]
        try:
            return vocabulary(value)
        except ValueError:
            words = ", ".join(f'"{member.value}"' for member in vocabulary)
            self.problem(child(path, name), f"expected one of {words}, got {describe(value)}")
            return None

    def checked(
        self,
        obj: JsonObject,
        name: str,
        path: str,
        parse: Callable[[str], T],
        expected: str,
        required: bool = False,
    ) -> T | None:
        """A string field turned into a value by `parse`, which raises ValueError when it can't.

        An empty string counts as absent, which for a required field is a problem of its own.
        """
        raw = self.text(obj, name, path)
        if raw is None:
            value = obj.get(name)
            if required and isinstance(value, str) and not value.strip():
                self.problem(child(path, name), f"must not be empty: expected {expected}")
            return None
        try:
            return parse(raw)
        except ValueError as error:
            detail = f" ({error})" if str(error) else ""
            self.problem(child(path, name), f"expected {expected}, got {describe(raw)}{detail}")
            return None

    def country(
        self, obj: JsonObject, name: str, path: str, *, required: bool = False
    ) -> str | None:
        return self.checked(
            obj, name, path, parse_country, 'an ISO 3166-1 alpha-2 code like "TW"', required
        )

    def zone(self, obj: JsonObject, name: str, path: str, *, required: bool = False) -> str | None:
        return self.checked(
            obj, name, path, parse_zone, 'an IANA time zone like "Asia/Taipei"', required
        )

    def email(self, obj: JsonObject, name: str, path: str, *, required: bool = False) -> str | None:
        return self.checked(obj, name, path, parse_email, "an e-mail address", required)

    def date(self, obj: JsonObject, name: str, path: str, *, required: bool = False) -> date | None:
        return self.checked(obj, name, path, parse_date, 'a date like "2025-06-04"', required)

    def local_time(
        self, obj: JsonObject, name: str, path: str, *, required: bool = False
    ) -> datetime | None:
        return self.checked(
            obj, name, path, parse_local_datetime, 'a local time like "2025-06-04T10:00"', required
        )


def parse_country(raw: str) -> str:
    if not COUNTRY.fullmatch(raw):
        raise ValueError("")
    return raw


def parse_zone(raw: str) -> str:
    if not zones.is_known_zone(raw):
        raise ValueError("")
    return raw


def parse_email(raw: str) -> str:
    if not EMAIL.fullmatch(raw):
        raise ValueError("")
    return raw


def _in_range(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"years {FIRST_YEAR} to {LAST_YEAR} only")


def parse_date(raw: str) -> date:
    if not LOCAL_DATE.fullmatch(raw):
        raise ValueError("")
    value = date.fromisoformat(raw)
    _in_range(value.year)
    return value


def parse_local_datetime(raw: str) -> datetime:
    if not LOCAL_DATETIME.fullmatch(raw):
        raise ValueError("no offset, no Z" if raw[:1].isdigit() else "")
    value = datetime.fromisoformat(raw)
    _in_range(value.year)
    return value


def _suggest(name: str, allowed: set[str]) -> str:
    close = difflib.get_close_matches(name, sorted(allowed), n=1)
    if close:
        return f'did you mean "{close[0]}"?'
    return "expected " + ", ".join(f'"{key}"' for key in sorted(allowed))

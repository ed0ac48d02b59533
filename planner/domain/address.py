"""Forms of address: how an office writes a person in a list, on a place card, in a letter's
salutation and on its envelope, in English or in Chinese.

    list form    H.E. Dr. Hilda Heine, President of the Republic of the Marshall Islands
                 馬紹爾群島共和國總統海妮閣下
    short form   President Heine                        海妮總統
    salutation   Your Excellency                        總統閣下
    envelope     H.E. Dr. Hilda Heine                   馬紹爾群島共和國總統
                 President of the Republic of …         海妮閣下

Every rule is one row of RULES (the table of docs/forms-of-address.md): which short titles
make a person a head of state, a minister, an ambassador…, and for each such rank the
honorific it carries by default and the patterns of its four forms. A pattern is a list of
alternatives: the first whose required parts are all known is written, so a missing
courtesy title or translation falls back to the next, never to "None" or a double space.

How a person's rank is found, in this order (see `rank`):
1. their short title, or else the start of their title ("President of …" → President), is
   one the table recognises for a rank other than "official";
2. they carry the honorific "H.E.": an excellency whatever their post;
3. they have a short title (an official's the table recognises, or any other): an official,
   spouses included (a spouse who holds an office is addressed by it);
4. they take part as a spouse: a spouse;
5. otherwise staff (staff, security, press, interpreters, liaison) or an official.

An officer may replace any of the four forms of anyone in any language of the visit
(`Person.form_overrides`, each a `FormOverride`), in the person dialog.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from types import MappingProxyType

# FORM_NAMES and FormOverride live with the person (planner.domain.model); named here too.
from planner.domain.model import FORM_NAMES as FORM_NAMES
from planner.domain.model import FormOverride as FormOverride
from planner.domain.model import Person, VisitPlan
from planner.domain.names import full_name
from planner.domain.vocab import DelegationRole, NameOrder


@dataclass(frozen=True)
class Forms:
    """The four forms of one person in one language. The envelope has one line per
    line of the address, joined by "\\n"."""

    list_form: str
    short_form: str
    salutation: str
    envelope: str

    def row(self) -> tuple[str, str, str, str]:
        """The four forms on one line each (the envelope's lines joined by " / "), for a
        tab-separated listing."""
        return (
            self.list_form,
            self.short_form,
            self.salutation,
            self.envelope.replace("\n", " / "),
        )


class Rank(StrEnum):
    """What a person is for the purpose of address, most honoured first."""

    MONARCH = "monarch"
    HEAD_OF_STATE = "head-of-state"
    HEAD_OF_GOVERNMENT = "head-of-government"
    DEPUTY_HEAD = "deputy-head"
    MINISTER = "minister"
    DEPUTY_MINISTER = "deputy-minister"
    AMBASSADOR = "ambassador"
    EXCELLENCY = "excellency"
    OFFICIAL = "official"
    SPOUSE = "spouse"
    STAFF = "staff"


Patterns = tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    """One row of the table: a rank, the short titles that give it (English, with the
    Chinese word used when a person has no Chinese short title of their own), the
    honorifics it carries unless the person has their own, and the patterns of its forms.

    In a pattern, `{part}` must be known for the alternative to be used and `{part?}` may
    be empty. English parts: honorific, honorific_long (H.E. → His/Her Excellency),
    courtesy, name (full, in proper order), family, short, title. Chinese parts: honorific
    (閣下), courtesy (先生, 女士…), name, surname, short, title."""

    rank: Rank
    who: str
    titles: tuple[tuple[str, str | None], ...]
    honorific: str | None
    zh_honorific: str | None
    short: Patterns
    salutation: Patterns
    zh_list: Patterns
    zh_short: Patterns
    zh_salutation: Patterns
    zh_envelope: Patterns


# Common to every rank: the list form and the envelope in English.
LIST: Patterns = ("{honorific?} {styled?} {name}, {title}", "{honorific?} {styled?} {name}")
ENVELOPE: Patterns = (
    "{honorific_long?} {styled?} {name}\n{title}",
    "{honorific_long?} {styled?} {name}",
)

# Patterns shared by several rows.
BY_TITLE: Patterns = ("{short} {family}", "{courtesy} {family}", "{name}")
BY_COURTESY: Patterns = ("{courtesy} {family}", "{short} {family}", "{name}")
DEAR_BY_TITLE: Patterns = tuple(f"Dear {pattern}" for pattern in BY_TITLE)
DEAR_BY_COURTESY: Patterns = tuple(f"Dear {pattern}" for pattern in BY_COURTESY)
ZH_LIST: Patterns = (
    "{title}{name}{honorific?}",
    "{short}{name}{honorific?}",
    "{name}{honorific}",
    "{name}{courtesy}",
    "{name}",
)
ZH_BY_TITLE: Patterns = ("{surname}{short}", "{surname}{courtesy}", "{name}")
ZH_BY_COURTESY: Patterns = ("{surname}{courtesy}", "{surname}{short}", "{name}")
ZH_HIGHEST_SALUTATION: Patterns = ("{short}{honorific}", "{name}{honorific}")
ZH_ENVELOPE: Patterns = (
    "{title}\n{name}{honorific}",
    "{title}\n{name}{short}",
    "{title}\n{name}{courtesy}",
    "{title}\n{name}",
    "{name}{honorific}",
    "{name}{courtesy}",
    "{name}",
)

RULES: tuple[Rule, ...] = (
    Rule(
        Rank.MONARCH,
        "reigning monarchs",
        (("King", "國王"), ("Queen", "女王"), ("Emperor", "天皇"), ("Sultan", "蘇丹")),
        "H.M.",
        "陛下",
        BY_TITLE,
        ("Your Majesty",),
        ZH_LIST,
        ZH_BY_TITLE,
        ZH_HIGHEST_SALUTATION,
        ZH_ENVELOPE,
    ),
    Rule(
        Rank.HEAD_OF_STATE,
        "heads of state",
        (("President", "總統"), ("Governor-General", "總督")),
        "H.E.",
        "閣下",
        BY_TITLE,
        ("Your Excellency",),
        ZH_LIST,
        ZH_BY_TITLE,
        ZH_HIGHEST_SALUTATION,
        ZH_ENVELOPE,
    ),
    Rule(
        Rank.HEAD_OF_GOVERNMENT,
        "heads of government",
        (("Prime Minister", "總理"), ("Premier", "院長"), ("Chancellor", "總理")),
        "H.E.",
        "閣下",
        BY_TITLE,
        ("Your Excellency",),
        ZH_LIST,
        ZH_BY_TITLE,
        ZH_HIGHEST_SALUTATION,
        ZH_ENVELOPE,
    ),
    Rule(
        Rank.DEPUTY_HEAD,
        "vice presidents and deputy heads of government",
        (
            ("Vice President", "副總統"),
            ("Deputy Prime Minister", "副總理"),
            ("Vice Premier", "副院長"),
        ),
        "H.E.",
        "閣下",
        BY_TITLE,
        DEAR_BY_TITLE,
        ZH_LIST,
        ZH_BY_TITLE,
        ZH_HIGHEST_SALUTATION,
        ZH_ENVELOPE,
    ),
    Rule(
        Rank.MINISTER,
        "ministers",
        (("Minister", "部長"), ("Foreign Minister", "外交部長")),
        "H.E.",
        "閣下",
        BY_TITLE,
        DEAR_BY_TITLE,
        ZH_LIST,
        ZH_BY_TITLE,
        ZH_HIGHEST_SALUTATION,
        ZH_ENVELOPE,
    ),
    Rule(
        Rank.DEPUTY_MINISTER,
        "deputy and vice ministers",
        (
            ("Deputy Minister", "次長"),
            ("Vice Minister", "次長"),
            ("Political Deputy Minister", "政務次長"),
            ("Administrative Deputy Minister", "常務次長"),
        ),
        None,
        None,
        BY_TITLE,
        DEAR_BY_TITLE,
        ZH_LIST,
        ZH_BY_TITLE,
        ZH_BY_TITLE,
        ZH_ENVELOPE,
    ),
    Rule(
        Rank.AMBASSADOR,
        "ambassadors and high commissioners",
        (("Ambassador", "大使"), ("High Commissioner", "高級專員")),
        "H.E.",
        "閣下",
        BY_TITLE,
        DEAR_BY_TITLE,
        ZH_LIST,
        ZH_BY_TITLE,
        ZH_HIGHEST_SALUTATION,
        ZH_ENVELOPE,
    ),
    Rule(
        Rank.EXCELLENCY,
        'anyone else the officer gives the honorific "H.E."',
        (),
        "H.E.",
        "閣下",
        BY_TITLE,
        ("Your Excellency",),
        ZH_LIST,
        ZH_BY_TITLE,
        ZH_HIGHEST_SALUTATION,
        ZH_ENVELOPE,
    ),
    Rule(
        Rank.OFFICIAL,
        "other officials: any other short title",
        (
            ("Director-General", None),
            ("Director", None),
            ("Secretary-General", "秘書長"),
            ("Secretary", None),
            ("Chargé d'Affaires", "代辦"),
            ("Speaker", "議長"),
            ("Senator", "參議員"),
            ("Governor", None),
            ("Mayor", "市長"),
            ("Commissioner", None),
            ("Consul General", "總領事"),
            ("Representative", "代表"),
        ),
        None,
        None,
        BY_TITLE,
        DEAR_BY_COURTESY,
        ZH_LIST,
        ZH_BY_TITLE,
        ZH_BY_TITLE,
        ZH_ENVELOPE,
    ),
    Rule(
        Rank.SPOUSE,
        "spouses who hold no office of their own",
        (),
        None,
        None,
        BY_COURTESY,
        DEAR_BY_COURTESY,
        ZH_LIST,
        ZH_BY_COURTESY,
        ZH_BY_COURTESY,
        ZH_ENVELOPE,
    ),
    Rule(
        Rank.STAFF,
        "staff, security, press, interpreters and liaison without a short title",
        (),
        None,
        None,
        BY_COURTESY,
        DEAR_BY_COURTESY,
        ZH_LIST,
        ZH_BY_COURTESY,
        ZH_BY_COURTESY,
        ZH_ENVELOPE,
    ),
)

RULE: Mapping[Rank, Rule] = MappingProxyType({rule.rank: rule for rule in RULES})

# Honorifics written out on an envelope: (for a man, for a woman, when not known). Whether
# a person is a man or a woman is read from the courtesy title alone.
HONORIFIC_LONG: Mapping[str, tuple[str, str, str]] = MappingProxyType(
    {
        "h.e.": ("His Excellency", "Her Excellency", "H.E."),
        "h.m.": ("His Majesty", "Her Majesty", "H.M."),
        "hon.": ("The Honorable", "The Honorable", "The Honorable"),
        "the hon.": ("The Honorable", "The Honorable", "The Honorable"),
    }
)
MEN = frozenset({"mr"})
WOMEN = frozenset({"ms", "mrs", "miss", "mme", "madam"})
# Courtesy titles in Chinese, written after the name: 蔡先生, 絲克女士, 海妮博士.
ZH_COURTESY: Mapping[str, str] = MappingProxyType(
    {"mr": "先生", "ms": "女士", "mrs": "女士", "miss": "小姐", "dr": "博士", "prof": "教授"}
)
# Roles that, without a short title, are addressed as staff rather than as officials.
STAFF_ROLES = frozenset(
    {
        DelegationRole.STAFF,
        DelegationRole.SECURITY,
        DelegationRole.PRESS,
        DelegationRole.INTERPRETER,
        DelegationRole.LIAISON,
    }
)
# Language tags whose forms are written in (traditional) Chinese.
CHINESE = frozenset(
    {"zh-hant", "zh-tw", "zh-hant-tw", "zh-hk", "zh-mo", "zh-hant-hk", "zh-hant-mo"}
)
# Two-character Chinese family names: 歐陽 is the family name of 歐陽娜娜, not 歐.
COMPOUND_SURNAMES = frozenset(
    {
        *("歐陽", "司馬", "諸葛", "上官", "司徒", "東方", "夏侯", "皇甫", "尉遲"),
        *("公孫", "慕容", "長孫", "宇文", "令狐", "張簡", "范姜", "端木"),
    }
)

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_DOTS = "·‧・•"
_CHINESE_NAME = re.compile(f"[{_HAN}{_DOTS}]+")
_HAS_HAN = re.compile(f"[{_HAN}]")
_TITLE_START = re.compile(r",| of | to | for | at ", re.IGNORECASE)
_PART = re.compile(r"\{(\w+)(\??)\}")
# A space where Latin letters or digits meet Chinese: "Heine 總統", "總統 Hilda Heine 閣下".
_LATIN_THEN_HAN = re.compile(f"([A-Za-z0-9.)])([{_HAN}])")
_HAN_THEN_LATIN = re.compile(f"([{_HAN}])([A-Za-z0-9(])")


def _key(title: str) -> str:
    return " ".join(title.replace("-", " ").casefold().split())


# Every recognised short title, by its comparison key: (rank, Chinese word).
RECOGNISED: Mapping[str, tuple[Rank, str | None]] = MappingProxyType(
    {_key(en): (rule.rank, zh) for rule in RULES for en, zh in rule.titles}
)


def is_chinese(language: str) -> bool:
    """Whether forms in `language` are written in Chinese: zh-Hant, zh-TW, zh_TW …"""
    return language.replace("_", "-").casefold() in CHINESE


def _text(value: str | None) -> str:
    return " ".join(value.split()) if value else ""


def _translated(person: Person, field: str, language: str) -> str:
    """The person's `field` in `language`, under that tag or another of the same language
    (a visit's zh-Hant serves a zh-TW request)."""
    text = person.translation(field, language)
    if text is None and is_chinese(language):
        text = next(
            (t.text for t in person.translations if t.field == field and is_chinese(t.language)),
            None,
        )
    return _text(text)


def short_title(person: Person) -> str:
    """The title used in address: the person's short title, or else the start of their
    title when the table recognises it ("Minister of Foreign Affairs" → "Minister")."""
    own = _text(person.short_title)
    if own:
        return own
    title = _text(person.title)
    start = _TITLE_START.split(title, maxsplit=1)[0].strip()
    for candidate in (title, start):
        if _key(candidate) in RECOGNISED:
            return candidate
    return ""


def rank(person: Person) -> Rank:
    """What the person is for address (module docstring: how it is found)."""
    short = short_title(person)
    recognised = RECOGNISED.get(_key(short))
    if recognised is not None and recognised[0] is not Rank.OFFICIAL:
        return recognised[0]
    if _key(_text(person.honorific)) == "h.e.":
        return Rank.EXCELLENCY
    if short:
        return Rank.OFFICIAL
    if person.delegation_role is DelegationRole.SPOUSE:
        return Rank.SPOUSE
    return Rank.STAFF if person.delegation_role in STAFF_ROLES else Rank.OFFICIAL


def chinese_name(person: Person, language: str = "zh-Hant") -> str:
    """The name as Chinese writes it: the `name` translation (海妮), else the native name if
    it is in Chinese characters (蔡明彥), else the romanised name (Hilda Heine)."""
    translated = _translated(person, "name", language)
    if translated:
        return translated
    native = _text(person.native_name)
    if native and _CHINESE_NAME.fullmatch(native.replace(" ", "")):
        return native
    return full_name(person)


def chinese_surname(person: Person, name: str) -> str:
    """The part of a Chinese name used with a title: 蔡 of 蔡明彥, 歐陽 of 歐陽娜娜; a foreign
    name written in Chinese is used whole (海妮), or its family part where dots divide it
    (希爾達·海妮 → 海妮); a romanised name gives the family name (Heine)."""
    if not _HAS_HAN.search(name):
        return _text(person.family_name) or name
    parts = [part for part in re.split(f"[{_DOTS}]", name) if part]
    if len(parts) > 1:
        return parts[0] if person.name_order is NameOrder.FAMILY_GIVEN else parts[-1]
    chinese_style = name == _text(person.native_name) or person.name_order is (
        NameOrder.FAMILY_GIVEN
    )
    if chinese_style and len(name) > 1:
        return name[:2] if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else name[:1]
    return name


HONORABLE = frozenset({"hon.", "hon", "the honorable", "the honourable", "honorable", "honourable"})
SOCIAL = MEN | WOMEN


def _courtesy_key(courtesy: str) -> str:
    return courtesy.rstrip(".").casefold()


def _honorific_long(honorific: str, courtesy: str) -> str:
    long = HONORIFIC_LONG.get(_key(honorific))
    if long is None:
        return honorific
    kind = _courtesy_key(courtesy)
    return long[0] if kind in MEN else long[1] if kind in WOMEN else long[2]


def _write(patterns: Patterns, parts: Mapping[str, str], *, chinese: bool) -> str:
    """The first pattern whose required parts are all known, filled in and tidied."""
    for pattern in patterns:
        required = [name for name, optional in _PART.findall(pattern) if not optional]
        if all(parts.get(name) for name in required):
            text = _PART.sub(lambda match: parts.get(match.group(1), ""), pattern)
            return _tidy(text, chinese=chinese)
    return ""


def _tidy(text: str, *, chinese: bool) -> str:
    lines = []
    for line in text.split("\n"):
        if chinese:
            line = _LATIN_THEN_HAN.sub(r"\1 \2", _HAN_THEN_LATIN.sub(r"\1 \2", line))
        line = " ".join(line.split()).replace(" ,", ",")
        if line:
            lines.append(line)
    return "\n".join(lines)


def _english(person: Person, rule: Rule, language: str) -> Forms:
    parts = _english_parts(person, rule, language)
    return Forms(
        _write(LIST, parts, chinese=False),
        _write(rule.short, parts, chinese=False),
        _write(rule.salutation, parts, chinese=False),
        _write(ENVELOPE, parts, chinese=False),
    )


def _english_parts(person: Person, rule: Rule, language: str) -> dict[str, str]:
    honorific = _text(person.honorific) or rule.honorific or ""
    courtesy = _text(person.courtesy)
    short = _translated(person, "short_title", language) or short_title(person)
    parts = {
        "honorific": honorific,
        "honorific_long": _honorific_long(honorific, courtesy),
        "courtesy": courtesy,
        # Before the name after an honorific: "H.E. Dr.", "His Excellency Mr." but never
        # "Hon. Mr." or "The Honorable Mr.", which usage in every English style avoids.
        "styled": ""
        if _key(honorific) in HONORABLE and _courtesy_key(courtesy) in SOCIAL
        else courtesy,
        "name": full_name(person),
        "family": _text(person.family_name) or full_name(person),
        "short": short,
        "title": _translated(person, "title", language) or _text(person.title),
    }
    return parts


def _chinese(person: Person, rule: Rule, language: str) -> Forms:
    parts = _chinese_parts(person, rule, language)
    return Forms(
        _write(rule.zh_list, parts, chinese=True),
        _write(rule.zh_short, parts, chinese=True),
        _write(rule.zh_salutation, parts, chinese=True),
        _write(rule.zh_envelope, parts, chinese=True),
    )


def _chinese_parts(person: Person, rule: Rule, language: str) -> dict[str, str]:
    def own(field: str, base: str | None) -> str:
        # A translation, or the field itself where the visit writes it in Chinese already.
        text = _translated(person, field, language)
        return text or (_text(base) if base and _HAS_HAN.search(base) else "")

    recognised = RECOGNISED.get(_key(short_title(person)))
    short = own("short_title", person.short_title) or (recognised[1] if recognised else "")
    name = chinese_name(person, language)
    honorific = rule.zh_honorific or ("閣下" if _key(_text(person.honorific)) == "h.e." else "")
    parts = {
        "honorific": honorific,
        "courtesy": ZH_COURTESY.get(_courtesy_key(_text(person.courtesy)), ""),
        "name": name,
        "surname": chinese_surname(person, name),
        "short": short or "",
        "title": own("title", person.title),
    }
    return parts


def _same_language(a: str, b: str) -> bool:
    return a.replace("_", "-").casefold() == b.replace("_", "-").casefold() or (
        is_chinese(a) and is_chinese(b)
    )


def forms(person: Person, language: str = "en", overrides: Iterable[FormOverride] = ()) -> Forms:
    """The four forms of `person` in `language`: Chinese for zh-Hant (zh-TW, zh_TW …),
    English for any other. An override in the same language, the person's own
    (`Person.form_overrides`) or one of `overrides` (which win), replaces its form; one of
    a form there is none of is not used (validation refuses it)."""
    rule = RULE[rank(person)]
    made = (
        _chinese(person, rule, language)
        if is_chinese(language)
        else _english(person, rule, language)
    )
    fields = {"list": "list_form", "short": "short_form"}
    changes = {
        fields.get(override.form, override.form): override.text
        for override in (*person.form_overrides, *overrides)
        if _same_language(override.language, language)
        and override.form in FORM_NAMES
        and override.text.strip()
    }
    return replace(made, **changes) if changes else made


def list_form(person: Person, language: str = "en") -> str:
    """For lists, attendee sheets and the programme."""
    return forms(person, language).list_form


@dataclass(frozen=True)
class Listed:
    """The list form as a printed sheet sets it: what comes before the name (`H.E. Dr.`),
    the name, what comes after it (`閣下`), and the title, which the sheet prints on a line
    of its own; `line` is the name as the list form gives it, without the title. An
    officer's own list form (`own`) is printed whole, instead of all of them."""

    before: str
    name: str
    after: str
    title: str
    line: str
    own: bool = False


def listed(person: Person, language: str = "en") -> Listed:
    """`person`'s list form in `language`, in the parts a sheet prints apart."""
    for override in person.form_overrides:
        if (
            override.form == "list"
            and _same_language(override.language, language)
            and override.text.strip()
        ):
            return Listed("", override.text, "", "", override.text, own=True)
    rule = RULE[rank(person)]
    if is_chinese(language):
        parts = _chinese_parts(person, rule, language)
        line = _tidy(parts["name"] + parts["honorific"], chinese=True)
        return Listed("", parts["name"], parts["honorific"], parts["title"], line)
    parts = _english_parts(person, rule, language)
    before = _write(("{honorific?} {styled?}",), parts, chinese=False)
    line = _tidy(f"{before} {parts['name']}", chinese=False)
    return Listed(before, parts["name"], "", parts["title"], line)


def short_form(person: Person, language: str = "en") -> str:
    """For place cards and running text: "President Heine", 海妮總統."""
    return forms(person, language).short_form


def salutation(person: Person, language: str = "en") -> str:
    """A letter's opening: "Your Excellency", "Dear Minister Lin", 總統閣下."""
    return forms(person, language).salutation


def envelope(person: Person, language: str = "en") -> str:
    """The address on an envelope, its lines joined by "\\n"."""
    return forms(person, language).envelope


def forms_table(plan: VisitPlan, language: str = "en") -> list[tuple[str, Forms]]:
    """Everyone's key and forms, in order of precedence (host side first)."""
    return [(person.key, forms(person, language)) for person in plan.in_canonical_order().people]

"""The demo visit in English and Traditional Chinese, and the documents' words in Chinese.

`WORDS` is the Chinese of every word the documents mark for translation (planner/export,
contexts "Document", "Programme", "Attendees", "Event summary", "Calendar"): what the
catalogue resources/translations/planner_zh_TW.ts should hold for them. `chinese_words`
serves them as that catalogue would, so the tests read the documents as they print.
"""

from dataclasses import replace

import pytest

from planner import translation
from planner.domain.model import Translation, VisitPlan

ZH = "zh-Hant"

WORDS: dict[tuple[str, str], str] = {
    ("Document", "Page {page} of {pages}"): "第 {page} 頁，共 {pages} 頁",
    ("Calendar", "Itinerary — {name}"): "行程 — {name}",
    ("Programme", "Programme"): "訪問行程",
    ("Programme", "No programme items."): "無行程。",
    ("Programme", "{title} — programme"): "{title} — 行程",
    (
        "Programme",
        "Each item is listed under the day it starts where it takes place, at the local"
        " time there; the time in {city} is shown beside it where it differs.",
    ): "各項行程列於其當地開始之日，時間為當地時間；與{city}時間不同時並列{city}時間。",
    ("Programme", "All day"): "全天",
    ("Programme", "all day"): "全天",
    ("Programme", "arrives {day}"): "抵達 {day}",
    ("Programme", "{time} in {city}"): "{city} {time}",
    ("Programme", "continued from {weekday}"): "（{weekday}起）",
    ("Programme", "Flight {number}"): "班機 {number}",
    ("Programme", "Dress: {dress}"): "服裝：{dress}",
    ("Programme", "Host: "): "主方：",
    ("Programme", "Guest: "): "賓方：",
    ("Programme", "{before}, then {after}"): "{before}，其後 {after}",
    ("Programme", "under way"): "進行中",
    ("Programme", "arrives {time}"): "{time} 抵達",
    ("Programme", "until {time}"): "至 {time}",
    ("Programme", "CANCELLED"): "已取消",
    ("Programme", "tentative"): "暫定",
    (
        "Programme",
        "{dates} · local times where each item takes place; {city} time ({offsets})"
        " beside where it differs",
    ): "{dates} · 時間為各項行程當地時間；與{city}時間（{offsets}）不同時並列",
    ("Programme", "(nothing planned)"): "（無行程）",
    ("Programme", "{title} (continued from {weekday})"): "{title}（{weekday}起）",
    ("Programme", "flight {number}, "): "班機 {number}，",
    ("Programme", "at {venue}"): "地點：{venue}",
    ("Programme", "dress: {dress}"): "服裝：{dress}",
    ("Programme", "with {names}"): "出席：{names}",
    ("Programme", "until {day}"): "至{day}",
    ("Programme", "; {time} in {city}"): "；{city} {time}",
    (
        "Programme",
        "leaves {start} {start_city}, arrives {weekday} {end} {end_city}",
    ): "{start_city} {start} 出發，{weekday} {end_city} {end} 抵達",
    ("Programme", "{city} time"): "{city}時間",
    ("Attendees", "Precedence"): "序位",
    ("Attendees", "Side"): "方",
    ("Attendees", "Honorific"): "尊稱",
    ("Attendees", "Name"): "姓名",
    ("Attendees", "Native name"): "本國文字姓名",
    ("Attendees", "Name in Latin letters"): "英文姓名",
    ("Attendees", "Title"): "職稱",
    ("Attendees", "Organization"): "單位",
    ("Attendees", "Role"): "角色",
    ("Attendees", "Dietary"): "飲食需求",
    ("Attendees", "Medical (confidential)"): "醫療（機密）",
    ("Attendees", "Delegation list"): "代表團名單",
    ("Attendees", "Attendees"): "出席人員",
    ("Attendees", "{day}, all day"): "{day}，全天",
    ("Attendees", "{city} time"): "{city}時間",
    ("Attendees", "{day}, {start}–{end} ({zone})"): "{day} {start}–{end}（{zone}）",
    ("Attendees", "Attendee sheet"): "出席名單",
    ("Attendees", "When"): "時間",
    ("Attendees", "Where"): "地點",
    ("Attendees", "Dress"): "服裝",
    ("Attendees", "Press"): "媒體",
    ("Attendees", "Notes"): "備註",
    ("Attendees", "{title} — attendees"): "{title} — 出席名單",
    ("Attendees", "Participants"): "出席人員",
    ("Attendees", "Signatories"): "簽署人",
    ("Attendees", "Order"): "順序",
    ("Attendees", "For"): "代表",
    ("Attendees", "Signatory"): "簽署人",
    ("Attendees", "Authority"): "簽署權限",
    ("Attendees", "Full powers: {state}"): "全權證書：{state}",
    (
        "Attendees",
        "{kind}; languages {languages}; {originals}",
    ): "{kind}；語文：{languages}；{originals}",
    ("Attendees", "Instrument"): "文件",
    ("Attendees", "Witnesses"): "見證人",
    ("Attendees", "No."): "序",
    ("Attendees", "Name and title"): "姓名及職稱",
    ("Attendees", "{title} — delegation list"): "{title} — 代表團名單",
    ("Event summary", "Host side"): "主方",
    ("Event summary", "Guest side"): "賓方",
    ("Event summary", "1 original"): "正本 1 份",
    ("Event summary", "{count} originals"): "正本 {count} 份",
    ("Event summary", " then "): "、再由",
    ("Event summary", "on the original kept by {country}, {names}"): "{country}保存之正本：{names}",
    (
        "Event summary",
        "Alternat: {clauses}; then the originals are exchanged.",
    ): "輪簽：{clauses}；簽畢互換正本。",
    ("Event summary", "; "): "；",
    ("Event summary", "{authority} of {person}"): "{person}{authority}",
    ("Event summary", "For {party}: {person}, {authority}"): "代表{party}：{person}，{authority}",
    ("Event summary", "; assisted by {person}"): "；協助：{person}",
    ("Event summary", "CANCELLED"): "已取消",
    ("Event summary", "Tentative: not yet confirmed"): "暫定：尚未確認",
    ("Event summary", "Flight {number}: "): "班機 {number}：",
    ("Event summary", "Arrives {day} {time} ({city} time)"): "{day} {time} 抵達（{city}時間）",
    ("Event summary", "Dress code: {dress}"): "服裝：{dress}",
    ("Event summary", "Signing"): "簽署",
    ("Event summary", "Witnesses: {names}"): "見證人：{names}",
    # Vocabulary labels (planner.domain.labels), as its own catalogue entries would hold them.
    ("Side", "Host"): "主方",
    ("Side", "Guest"): "賓方",
    ("DelegationRole", "Head of delegation"): "團長",
    ("DelegationRole", "Member"): "團員",
    ("DelegationRole", "Official"): "官員",
    ("ParticipantRole", "Signatory"): "簽署人",
    ("ParticipantRole", "Chair"): "主持",
    ("PressAccess", "Closed to the press"): "不開放媒體",
    ("PressAccess", "Press pool"): "聯合採訪",
    ("PressAccess", "Open to the press"): "開放媒體",
    ("DocumentKind", "Letter of intent"): "意向書",
    ("SigningAuthority", "by designation"): "指派",
    ("SigningAuthority", "ex officio"): "依職權",
    ("FullPowers", "not needed"): "無需",
}


class ChineseCatalogue:
    """Answers as a QTranslator loaded with planner_zh_TW.qm would for WORDS."""

    def translate(self, context: str, text: str, disambiguation: str | None = None) -> str:
        return WORDS.get((context, text), "")


@pytest.fixture
def chinese_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents in Chinese read their words from WORDS."""
    real = translation.catalogue

    def catalogue(language: str) -> object:
        if translation.catalogue_name(language) == "zh_TW":
            return ChineseCatalogue()
        return real(language)

    monkeypatch.setattr(translation, "catalogue", catalogue)


def _with(record_translations: dict[str, str]) -> tuple[Translation, ...]:
    return tuple(Translation(ZH, field, text) for field, text in record_translations.items())


PEOPLE = {
    "heine": {"name": "海妮", "title": "馬紹爾群島共和國總統", "short_title": "總統"},
    "kaneko": {"name": "卡內可", "title": "外交貿易部長"},
    "bejang": {"name": "貝強", "title": "教育體育訓練部長"},
    "silk": {"name": "席爾克", "title": "外交貿易部秘書長"},
    "lai": {"title": "中華民國總統"},
    "tsai": {"title": "國家安全局局長"},
    "hsia": {"title": "中華民國駐馬紹爾群島共和國大使"},
}
EVENTS = {
    "loi-signing": {"title": "安全合作意向書簽署儀式"},
    "state-banquet": {"title": "賴總統款宴國宴", "dress_code": "深色西裝"},
    "arrival-tpe": {"title": "代表團抵達臺灣桃園國際機場"},
    "welcome-ceremony": {"title": "軍禮歡迎儀式"},
    "departure-flight": {"title": "搭機前往馬久羅"},
}
VENUES = {"grand-hotel": {"address": "臺北市中山區中山北路四段1號"}}


def chinese_plan(plan: VisitPlan) -> VisitPlan:
    """The demo visit with Chinese as its second language and the texts above in it."""
    visit = replace(
        plan.visit,
        languages=("en", ZH),
        translations=_with({"title": "馬紹爾群島共和國總統國是訪問"}),
    )
    people = tuple(
        replace(p, translations=_with(PEOPLE[p.key])) if p.key in PEOPLE else p for p in plan.people
    )
    events = tuple(
        replace(e, translations=_with(EVENTS[e.key])) if e.key in EVENTS else e for e in plan.events
    )
    venues = tuple(
        replace(v, translations=_with(VENUES[v.key])) if v.key in VENUES else v for v in plan.venues
    )
    return replace(plan, visit=visit, people=people, events=events, venues=venues)

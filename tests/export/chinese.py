"""The demo visit with Chinese texts of its own, set here (not read from the demo file), so
the documents' tests say exactly which Chinese they expect; the documents' fixed words come
from the real catalogue, resources/translations/planner_zh_TW.ts, as they print."""

from dataclasses import replace

from planner.domain.model import Translation, VisitPlan

ZH = "zh-Hant"


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

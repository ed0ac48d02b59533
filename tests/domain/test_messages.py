"""Findings and flaws say the same English as ever, and in another language given its
templates: the translator's order of the values, the officer's titles and names as written,
vocabulary words and field labels translated, days and times in that language's form."""

from dataclasses import replace
from datetime import date, datetime

from planner.domain import edits
from planner.domain.checks import Finding, Severity, Target, check_visit
from planner.domain.messages import DAY_AND_TIME, TIME, Message, When, Word, english
from planner.domain.model import OnItem, VisitPlan
from planner.domain.validation import flaws, person_flaws
from planner.domain.vocab import EventKind
from tests.domain.test_clashes import item, plan_of
from tests.domain.test_validation import SIGNING, kaneko_only_attending

# A stand-in catalogue: template to Chinese template, the placeholders kept.
CHINESE: dict[tuple[str, str], str] = {
    (
        "Finding",
        "{who} is in “{first}” ({first_times}) and “{second}” ({times}) at once",
    ): "{who}同時出席「{second}」（{times}）及「{first}」（{first_times}）",
    (
        "Finding",
        "{who} are in “{first}” ({first_times}) and “{second}” ({times}) at once",
    ): "{who}同時出席「{second}」（{times}）及「{first}」（{first_times}）",
    ("Finding", "{names} and {name}"): "{names}及{name}",
    ("Finding", "{names}, {name}"): "{names}、{name}",
    ("Finding", "{start}–{end}"): "{start}至{end}",
    (
        "Flaw",
        "{who} signs but is not at the item as a signatory",
    ): "{who}簽署，但未以簽署人身分出席",
    ("Flaw", "{record} “{label}”, {field}: {message}"): "{record}「{label}」，{field}：{message}",
    ("Flaw", "{record} “{label}”: {message}"): "{record}「{label}」：{message}",
    ("Flaw", "must not be empty"): "不可空白",
    (
        "Flaw",
        "“{title}” is a {kind}: people arrive and leave on a flight, a transfer, an "
        "arrival or a departure",
    ): "「{title}」為{kind}：人員僅能搭乘班機、接駁、抵達或離開項目往返",
    ("Record", "Item"): "項目",
    ("Record", "Person"): "人員",
    ("Field", "Signing"): "簽署",
    ("Field", "Given name"): "名",
    ("EventKind", "Meeting"): "會談",
}


def chinese(context: str, text: str) -> str:
    return CHINESE.get((context, text), text)


def chinese_dates(value: date, pattern: str) -> str:
    """What the window's QLocale writes in Chinese, for the patterns these tests use."""
    assert isinstance(value, datetime)
    if pattern == DAY_AND_TIME:
        return f"{value.month}月{value.day}日（週{'一二三四五六日'[value.weekday()]}）{value:%H:%M}"
    assert pattern == TIME
    return f"{value:%H:%M}"


def two_clashes() -> list[Finding]:
    plan = plan_of(
        item("talks", "09:00", "10:00", "ann", "bob"),
        item("lunch", "09:30", "11:00", "ann", "bob", venue=None),
        item("press", "10:30", "11:30", "bob", venue=None),
    )
    return check_visit(plan)


def test_a_finding_in_english_is_as_it_always_was() -> None:
    found = two_clashes()
    assert (
        [f.message for f in found] == [f.text() for f in found] == [f.text(english) for f in found]
    )
    assert found[0].message == (
        "Ann Doe and Bob Doe are in “Talks” (Tue 03 Jun 09:00–10:00) and “Lunch” "
        "(Tue 03 Jun 09:30–11:00) at once"
    )
    assert str(found[1]) == (
        "error: Bob Doe is in “Lunch” (Tue 03 Jun 09:30–11:00) and “Press” "
        "(Tue 03 Jun 10:30–11:30) at once"
    )


def test_a_finding_in_chinese_puts_the_values_where_the_template_says() -> None:
    both, one = two_clashes()
    assert both.text(chinese, chinese_dates) == (
        "Ann Doe及Bob Doe同時出席「Lunch」（6月3日（週二）09:30至11:00）"
        "及「Talks」（6月3日（週二）09:00至10:00）"
    )
    assert one.text(chinese, chinese_dates).startswith("Bob Doe同時出席「Press」")
    assert both.message.startswith("Ann Doe and Bob Doe are in")  # English unchanged


def test_without_a_way_to_write_dates_another_language_has_them_in_numbers() -> None:
    (both, _one) = two_clashes()
    assert both.text(chinese) == (
        "Ann Doe及Bob Doe同時出席「Lunch」（2025-06-03 09:30至11:00）"
        "及「Talks」（2025-06-03 09:00至10:00）"
    )


def test_a_template_the_catalogue_lacks_stays_english_with_translated_words() -> None:
    plan = plan_of(
        item("a", "09:00", "10:00", "ann"),
        item("b", "09:30", "10:30", "bob"),
    )
    (clash,) = check_visit(plan)  # the hall held twice: not in the stand-in catalogue
    assert clash.text(chinese, chinese_dates) == (
        "The Hall holds “A” and “B” at the same time (6月3日（週二）09:30至10:30)"
    )


def test_findings_given_as_text_or_as_a_template_are_equal_when_they_say_the_same() -> None:
    wording = Message("Finding", "“{title}” is {what}", {"title": "Talks", "what": "late"})
    worded = Finding(Severity.WARNING, wording, Target.EVENT, "talks")
    written = Finding(Severity.WARNING, "“Talks” is late", Target.EVENT, "talks")
    assert worded == written
    assert hash(worded) == hash(written)
    assert written.text(chinese) == "“Talks” is late"  # no template: as written
    assert "message='“Talks” is late'" in repr(worded)


def test_a_lost_placeholder_in_a_translation_falls_back_to_english() -> None:
    wording = Message("Finding", "{who} is late", {"who": "Ann"})
    assert wording.text(lambda context, text: "{somebody}遲到") == "Ann is late"


def test_a_flaw_in_chinese_names_its_record_and_field_in_chinese(demo_plan: VisitPlan) -> None:
    (flaw,) = flaws(kaneko_only_attending(demo_plan))
    message = "Hon. Kalani Kaneko signs but is not at the item as a signatory"
    assert flaw.message == flaw.text() == message
    assert str(flaw) == f'event "loi-signing": {message}'
    assert flaw.for_window() == f"Item “{SIGNING}”, Signing: {message}"
    assert flaw.text(chinese) == "Hon. Kalani Kaneko簽署，但未以簽署人身分出席"
    assert flaw.for_window(chinese) == (
        f"項目「{SIGNING}」，簽署：Hon. Kalani Kaneko簽署，但未以簽署人身分出席"
    )


def test_a_flaw_of_an_empty_field_in_chinese(demo_plan: VisitPlan) -> None:
    person = replace(demo_plan.person("kaneko"), given_name="")
    (flaw,) = person_flaws(person)
    assert flaw.for_window() == "Person “kaneko”, Given name: must not be empty"
    assert flaw.for_window(chinese) == "人員「kaneko」，名：不可空白"


def test_a_vocabulary_word_in_a_flaw_is_translated_and_english_keeps_its_form(
    demo_plan: VisitPlan,
) -> None:
    meeting = replace(demo_plan.events[0], kind=EventKind.MEETING)
    on_it = replace(demo_plan.person("kaneko"), arrival=OnItem(meeting.key))
    plan = edits.update_person(edits.update_event(demo_plan, meeting), on_it)
    (flaw,) = [f for f in flaws(plan) if f.path == ("arrival", "event")]
    assert flaw.message.startswith(f"“{meeting.title}” is a meeting: people arrive")
    assert flaw.text(chinese).startswith(f"「{meeting.title}」為會談：")


def test_a_word_without_a_translation_is_said_as_english_says_it() -> None:
    kind = Word("EventKind", "Courtesy call", "courtesy-call")
    assert kind.written(english) == "courtesy-call"
    assert kind.written(chinese) == "courtesy-call"
    assert Word("EventKind", "Meeting", "meeting").written(chinese) == "會談"


def test_days_and_times_in_english_are_written_as_before() -> None:
    moment = datetime(2025, 6, 4, 14, 5)
    wording = Message(
        "Finding",
        "{at}–{until}",
        {"at": When(moment, DAY_AND_TIME), "until": When(moment, TIME)},
    )
    assert wording.text() == "Wed 04 Jun 14:05–14:05"

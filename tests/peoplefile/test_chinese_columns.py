"""Chinese columns of a delegation list: a Marshallese guest's Chinese name and title become
translations in the visit's Chinese language, a Taiwanese official's Chinese name is their
native name, and a visit without Chinese says so instead of dropping them."""

from dataclasses import replace

import pytest

from planner.domain.model import Translation, VisitPlan
from planner.domain.validation import flaws
from planner.domain.vocab import Side
from planner.peoplefile.importer import (
    Action,
    InvalidPeopleFile,
    PeopleImport,
    PersonField,
    guess_mapping,
    plan_import,
    split_courtesy,
)
from planner.peoplefile.table import read_table
from tests.helpers.lists import csv_text, excel_workbook

F = PersonField
# As Taiwan's offices write a list for a visit: every heading in Chinese.
HEADERS = [
    "序號",
    "姓名",
    "中文姓名",
    "職稱",
    "中文職稱",
    "簡稱職銜",
    "中文簡稱",
    "機關",
    "中文機關",
]
GUESTS = [
    [
        "1",
        "H.E. Dr. Hilda HEINE",
        "海妮",
        "President of the Republic of the Marshall Islands",
        "馬紹爾群島共和國總統",
        "President",
        "總統",
        "Office of the President",
        "總統府",
    ],
    [
        "",
        "Kalani KANEKO",
        "卡尼可",
        "Minister of Foreign Affairs and Trade",
        "外交暨貿易部長",
        "Minister",
        "部長",
        "Ministry of Foreign Affairs and Trade",
        "外交暨貿易部",
    ],
    ["", "Jack ADING", "艾丁", "Minister of Finance", "財政部長", "", "", "", ""],
]


def without_translations(plan: VisitPlan, languages: tuple[str, ...] | None = None) -> VisitPlan:
    """The demo visit as it was before anyone typed a Chinese text into it."""
    visit = plan.visit if languages is None else replace(plan.visit, languages=languages)
    people = tuple(replace(p, translations=()) for p in plan.people)
    venues = tuple(replace(v, translations=()) for v in plan.venues)
    events = tuple(
        replace(
            e,
            translations=(),
            signing=e.signing
            and replace(
                e.signing,
                documents=tuple(replace(d, translations=()) for d in e.signing.documents),
            ),
        )
        for e in plan.events
    )
    visit = replace(visit, translations=())
    return replace(plan, visit=visit, people=people, venues=venues, events=events)


def preview_of(
    plan: VisitPlan, headers: list[str], rows: list[list[str]], **how: object
) -> PeopleImport:
    name = str(how.get("name", "list.csv"))
    data = (
        excel_workbook(headers, rows)
        if name.endswith(".xlsx")
        else csv_text(headers, rows).encode("utf-8")
    )
    side = how.get("side", Side.GUEST)
    assert isinstance(side, Side)
    return plan_import(plan, read_table(data, name), name, side)


def test_chinese_headings_mean_the_field_or_its_chinese_text_by_their_neighbours() -> None:
    assert guess_mapping(tuple(HEADERS)) == (
        F.PRECEDENCE,
        F.FULL_NAME,  # 姓名 beside 中文姓名: the romanised name
        F.CHINESE_NAME,
        F.TITLE,
        F.CHINESE_TITLE,
        F.SHORT_TITLE,
        F.CHINESE_SHORT_TITLE,
        F.ORGANIZATION,
        F.CHINESE_ORGANIZATION,
    )
    # All Chinese headings, none naming a language: each is the field itself.
    assert guess_mapping(("姓名", "職稱", "機關", "國籍", "性別", "飲食", "稱謂", "簡稱")) == (
        F.FULL_NAME,
        F.TITLE,
        F.ORGANIZATION,
        F.COUNTRY,
        F.IGNORE,
        F.DIETARY,
        F.COURTESY,
        F.SHORT_TITLE,
    )
    # A plain heading beside one that says English is the Chinese text.
    assert guess_mapping(("姓名", "英文姓名", "職銜", "職稱（英文）", "姓名（中文）")) == (
        F.CHINESE_NAME,
        F.FULL_NAME,
        F.CHINESE_TITLE,
        F.TITLE,
        F.IGNORE,  # the name in Chinese is taken already
    )
    assert guess_mapping(("Name", "姓名", "Title", "職稱", "中文名", "職稱（中文）")) == (
        F.FULL_NAME,
        F.CHINESE_NAME,
        F.TITLE,
        F.CHINESE_TITLE,
        F.IGNORE,
        F.IGNORE,
    )
    english = ("Salutation", "Name", "Position", "Short title", "Organisation", "Prefix")
    assert guess_mapping(english) == (
        F.COURTESY,
        F.FULL_NAME,
        F.TITLE,
        F.SHORT_TITLE,
        F.ORGANIZATION,
        F.IGNORE,
    )
    assert guess_mapping(("Courtesy", "Name", "Title"))[0] is F.COURTESY
    # Beside a position, “Title” still holds forms of address, and 職稱 the Chinese position.
    assert guess_mapping(("Title", "Name", "Position", "職稱")) == (
        F.HONORIFIC,
        F.FULL_NAME,
        F.TITLE,
        F.CHINESE_TITLE,
    )


@pytest.mark.parametrize("name", ["list.csv", "list.xlsx"])
def test_the_marshallese_guests_get_their_chinese_name_and_title(
    demo_plan: VisitPlan, name: str
) -> None:
    plan = without_translations(demo_plan)
    preview = preview_of(plan, HEADERS, GUESTS, name=name)
    assert preview.ok, preview.all_problems
    heine, kaneko, ading = preview.rows
    assert (heine.action, kaneko.action, ading.action) == (Action.UPDATE, Action.UPDATE, Action.NEW)
    assert heine.changes == (
        "name in zh-Hant: (none) → 海妮",
        "organization in zh-Hant: (none) → 總統府",
        "short title in zh-Hant: (none) → 總統",
        "title in zh-Hant: (none) → 馬紹爾群島共和國總統",
    )
    assert ading.changes == ("name in zh-Hant: 艾丁", "title in zh-Hant: 財政部長")
    after = preview.apply(plan)
    assert flaws(after) == []
    person = after.person("heine")
    assert person.native_name is None  # her own name is not Chinese
    assert person.translation("name", "zh-Hant") == "海妮"
    assert person.translation("title", "zh-Hant") == "馬紹爾群島共和國總統"
    assert (person.short_title, person.translation("short_title", "zh-Hant")) == (
        "President",
        "總統",
    )
    # The list gives the guests the texts the demo visit ships with.
    for key in ("heine", "kaneko"):
        assert after.person(key).translations == demo_plan.person(key).translations
    new = next(p for p in after.people if p.family_name == "Ading")
    assert new.translations == (
        Translation("zh-Hant", "name", "艾丁"),
        Translation("zh-Hant", "title", "財政部長"),
    )


@pytest.mark.parametrize("name", ["list.csv", "list.xlsx"])
def test_a_taiwanese_officials_chinese_name_is_their_native_name(
    demo_plan: VisitPlan, name: str
) -> None:
    plan = without_translations(demo_plan)
    rows = [
        ["", "TSAI Ming-yen", "蔡明彥", "Director-General, National Security Bureau",
         "國家安全局局長", "Director-General", "局長", "National Security Bureau", "國家安全局"],
        ["", "LIN Chia-lung", "林佳龍", "Minister of Foreign Affairs", "外交部長", "Minister",
         "部長", "Ministry of Foreign Affairs", "外交部"],
    ]  # fmt: skip
    preview = preview_of(plan, HEADERS, rows, name=name, side=Side.HOST)
    assert preview.ok, preview.all_problems
    tsai, lin = preview.rows
    assert tsai.action is Action.UPDATE
    assert "native name" not in " ".join(tsai.changes)  # 蔡明彥 already
    assert lin.changes == (
        "organization in zh-Hant: 外交部",
        "short title in zh-Hant: 部長",
        "title in zh-Hant: 外交部長",
    )
    after = preview.apply(plan)
    assert flaws(after) == []
    added = next(p for p in after.people if p.family_name == "Lin")
    assert (added.native_name, added.given_name, added.country) == ("林佳龍", "Chia-lung", "TW")
    assert added.translation("name", "zh-Hant") is None
    assert after.person("tsai").translation("title", "zh-Hant") == "國家安全局局長"


def test_a_native_name_column_and_a_chinese_one_must_agree(demo_plan: VisitPlan) -> None:
    headers = ["Native name", "Name", "中文姓名", "Title"]
    rows = [["林佳龍", "LIN Chia-lung", "林家龍", "Minister"]]
    preview = preview_of(demo_plan, headers, rows, side=Side.HOST)
    assert [str(p) for p in preview.all_problems] == [
        "row 2: column “中文姓名”: “林家龍” is not the name “林佳龍” of column “Native name”"
    ]
    rows[0][0] = ""  # an empty native name leaves it to the Chinese one
    (row,) = preview_of(demo_plan, headers, rows, side=Side.HOST).rows
    assert row.person is not None
    assert row.person.native_name == "林家龍"


@pytest.mark.parametrize("name", ["list.csv", "list.xlsx"])
def test_a_visit_without_chinese_says_so_and_imports_nothing(
    demo_plan: VisitPlan, name: str
) -> None:
    plan = without_translations(demo_plan, ("en",))
    rows = [
        [*GUESTS[0], "MH"],
        ["", "TSAI Ming-yen", "蔡明彥", "Director-General", "", "", "", "", "", "TW"],
    ]
    preview = preview_of(plan, [*HEADERS, "國籍"], rows, name=name, side=Side.HOST)
    advice = (
        "the visit has no Chinese among its languages (en) to keep “{}” in; add Chinese "
        "(zh-Hant) to the visit's languages first, or do not import this column"
    )
    assert [str(p) for p in preview.all_problems] == [
        f"row 2: column “中文姓名”: {advice.format('海妮')}",
        f"row 2: column “中文職稱”: {advice.format('馬紹爾群島共和國總統')}",
        f"row 2: column “中文簡稱”: {advice.format('總統')}",
        f"row 2: column “中文機關”: {advice.format('總統府')}",
    ]  # 蔡明彥 is a native name, which needs no second language
    with pytest.raises(InvalidPeopleFile):
        preview.apply(plan)


def test_a_visit_in_chinese_first_refuses_chinese_translations(demo_plan: VisitPlan) -> None:
    plan = without_translations(demo_plan, ("zh-Hant", "en"))
    preview = preview_of(plan, ["姓名", "中文姓名", "職稱", "中文職稱"], [GUESTS[2][1:5]])
    assert [str(p) for p in preview.all_problems] == [
        "row 2: column “中文姓名”: Chinese (zh-Hant) is the visit's main language, so “艾丁” "
        "cannot be kept as a translation of the name of someone whose own name is not "
        "Chinese; do not import this column",
        "row 2: column “中文職稱”: Chinese (zh-Hant) is the visit's main language, so the title "
        "in Chinese is not a translation: this import keeps Chinese texts as translations "
        "only; import this column as “title” instead",
    ]
    # As the officer is told: the Chinese title as the title itself, the name left out.
    mapping = (F.FULL_NAME, F.IGNORE, F.IGNORE, F.TITLE)
    table = read_table(
        csv_text(["姓名", "中文姓名", "職稱", "中文職稱"], [GUESTS[2][1:5]]).encode(), "x.csv"
    )
    again = plan_import(plan, table, "x.csv", Side.GUEST, mapping)
    after = again.apply(plan)
    assert flaws(after) == []
    assert next(p for p in after.people if p.family_name == "Ading").title == "財政部長"


def test_an_update_keeps_the_other_translations_and_sets_the_imported_ones(
    demo_plan: VisitPlan,
) -> None:
    visit = replace(demo_plan.visit, languages=("en", "zh-Hant", "ja"))
    heine = demo_plan.person("heine")
    japanese = Translation("ja", "name", "ハイネ")
    people = tuple(
        replace(p, translations=(*p.translations, japanese)) if p.key == "heine" else p
        for p in demo_plan.people
    )
    plan = replace(demo_plan, visit=visit, people=people)
    preview = preview_of(plan, ["Name", "Title", "中文姓名"], [
        ["Hilda HEINE", heine.title, "希爾妲·海妮"]
    ])  # fmt: skip
    (row,) = preview.rows
    assert row.changes == ("name in zh-Hant: 海妮 → 希爾妲·海妮",)
    after = preview.apply(plan).person("heine")
    assert after.translation("name", "zh-Hant") == "希爾妲·海妮"
    assert after.translation("name", "ja") == "ハイネ"
    assert after.translation("title", "zh-Hant") == heine.translation("title", "zh-Hant")
    assert after.translation("organization", "zh-Hant") == "總統府"


def test_an_empty_cell_clears_a_translation_and_a_cleared_text_its_translations(
    demo_plan: VisitPlan,
) -> None:
    heine = demo_plan.person("heine")
    headers = ["Name", "Title", "中文職稱", "Organization", "Short title"]
    preview = preview_of(demo_plan, headers, [["Hilda HEINE", heine.title, "", "", "President"]])
    (row,) = preview.rows
    assert row.changes == (
        "organization: Office of the President → (cleared)",
        "organization in zh-Hant: 總統府 → (cleared)",
        "title in zh-Hant: 馬紹爾群島共和國總統 → (cleared)",
    )
    after = preview.apply(demo_plan)
    assert flaws(after) == []
    assert after.person("heine").translations == (
        Translation("zh-Hant", "name", "海妮"),
        Translation("zh-Hant", "short_title", "總統"),
    )


def test_a_chinese_text_needs_its_english_one_and_chinese_characters(
    demo_plan: VisitPlan,
) -> None:
    plan = without_translations(demo_plan)
    headers = ["Name", "Title", "中文機關", "中文職稱"]
    rows = [["Jack ADING", "Minister of Finance", "財政部", "Minister of Finance"]]
    preview = preview_of(plan, headers, rows)
    assert [str(p) for p in preview.all_problems] == [
        "row 2: column “中文職稱”: “Minister of Finance” is not in Chinese (it has no Chinese "
        "characters)",
        "row 2: column “中文機關”: translates the organization, which this person does not have",
    ]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Mr.", (None, "Mr.", None)),
        ("ms", (None, "Ms.", None)),
        ("H.E. Mr.", ("H.E.", "Mr.", None)),
        ("先生", (None, "Mr.", None)),
        ("閣下 博士", ("H.E.", "Dr.", None)),
        ("Hon.", ("Hon.", None, None)),
        ("Sir", (None, "Sir", None)),
        ("大人", (None, None, "大人")),
        ("", (None, None, None)),
    ],
)
def test_a_salutation_is_a_courtesy_title_and_perhaps_a_form_of_address(
    said: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert split_courtesy(said) == expected


def test_courtesy_and_short_title_columns(demo_plan: VisitPlan) -> None:
    headers = ["稱謂", "姓名", "職稱", "簡稱"]
    rows = [
        ["女士", "Anna SCHMIDT", "State Secretary", "State Secretary"],
        ["H.E. Mr.", "Ben BAKER", "Ambassador", "Ambassador"],
        ["大人", "Carl CROSS", "Adviser", ""],
        ["Ms.", "Isabela SILK", "Secretary of Foreign Affairs and Trade", ""],
    ]
    preview = preview_of(demo_plan, headers, rows)
    assert [str(p) for p in preview.all_problems] == [
        "row 4: column “稱謂”: “大人” is not a courtesy title (先生, 女士, 小姐, 夫人, 博士, 教授; "
        "Mr., Ms., Dr.…)"
    ]
    del rows[2]
    preview = preview_of(demo_plan, headers, rows)
    schmidt, baker, silk = (row.person for row in preview.rows)
    assert schmidt is not None
    assert baker is not None
    assert silk is not None
    assert (schmidt.courtesy, schmidt.honorific, schmidt.short_title) == (
        "Ms.",
        None,
        "State Secretary",
    )
    assert (baker.courtesy, baker.honorific) == ("Mr.", "H.E.")
    # An empty short title clears Ms. Silk's, and its Chinese translation with it.
    assert preview.rows[2].changes == (
        "short title: Secretary → (cleared)",
        "short title in zh-Hant: 次長 → (cleared)",
    )
    assert flaws(preview.apply(demo_plan)) == []

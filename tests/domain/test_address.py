"""Forms of address as an officer checks them: the list form, the short form, the salutation
and the envelope of the demo visit's people, in English and in Chinese."""

import re
from dataclasses import replace
from pathlib import Path

import pytest

from planner.domain.address import (
    RULES,
    FormOverride,
    Forms,
    Rank,
    envelope,
    forms,
    forms_table,
    list_form,
    rank,
    salutation,
    short_form,
)
from planner.domain.model import Person, Translation, VisitPlan
from planner.domain.vocab import DelegationRole, NameOrder, Side

DOC = Path(__file__).parents[2] / "docs" / "forms-of-address.md"


def zh(**texts: str) -> tuple[Translation, ...]:
    return tuple(Translation("zh-Hant", field, text) for field, text in texts.items())


def person(plan: VisitPlan, key: str, **changes: object) -> Person:
    return replace(plan.person(key), **changes)  # type: ignore[arg-type]


@pytest.fixture
def heine(demo_plan: VisitPlan) -> Person:
    return person(
        demo_plan,
        "heine",
        courtesy="Dr.",
        short_title="President",
        translations=zh(name="海妮", title="馬紹爾群島共和國總統", short_title="總統"),
    )


@pytest.fixture
def tsai(demo_plan: VisitPlan) -> Person:
    return person(
        demo_plan,
        "tsai",
        courtesy="Mr.",
        translations=zh(title="國家安全局局長", short_title="局長"),
    )


def lin() -> Person:
    return Person(
        key="lin",
        given_name="Chia-lung",
        family_name="Lin",
        native_name="林佳龍",
        name_order=NameOrder.FAMILY_GIVEN,
        title="Minister of Foreign Affairs",
        country="TW",
        side=Side.HOST,
        delegation_role=DelegationRole.OFFICIAL,
        precedence=2,
        translations=zh(title="外交部部長", short_title="部長"),
    )


def test_a_head_of_state_in_english(heine: Person) -> None:
    assert forms(heine) == Forms(
        "H.E. Dr. Hilda Heine, President of the Republic of the Marshall Islands",
        "President Heine",
        "Your Excellency",
        "H.E. Dr. Hilda Heine\nPresident of the Republic of the Marshall Islands",
    )


def test_a_head_of_state_in_chinese_title_first_excellency_after(heine: Person) -> None:
    assert forms(heine, "zh-Hant") == Forms(
        "馬紹爾群島共和國總統海妮閣下",
        "海妮總統",
        "總統閣下",
        "馬紹爾群島共和國總統\n海妮閣下",
    )


def test_every_chinese_tag_gives_the_chinese_forms_and_any_other_english(heine: Person) -> None:
    assert forms(heine, "zh-TW") == forms(heine, "zh_TW") == forms(heine, "zh-Hant")
    assert forms(heine, "fr") == forms(heine, "en") == forms(heine)


def test_the_small_helpers_give_the_same_forms(heine: Person) -> None:
    made = forms(heine, "zh-Hant")
    assert list_form(heine, "zh-Hant") == made.list_form
    assert short_form(heine, "zh-Hant") == made.short_form
    assert salutation(heine, "zh-Hant") == made.salutation
    assert envelope(heine, "zh-Hant") == made.envelope


def test_a_minister_is_his_excellency_and_dear_minister_in_a_letter() -> None:
    assert forms(lin()) == Forms(
        "H.E. Lin Chia-lung, Minister of Foreign Affairs",
        "Minister Lin",
        "Dear Minister Lin",
        "H.E. Lin Chia-lung\nMinister of Foreign Affairs",
    )
    assert forms(lin(), "zh-Hant") == Forms(
        "外交部部長林佳龍閣下", "林部長", "部長閣下", "外交部部長\n林佳龍閣下"
    )


def test_a_minister_keeps_the_honorific_of_their_own_practice(demo_plan: VisitPlan) -> None:
    kaneko = person(demo_plan, "kaneko")  # "Hon.", as the Marshall Islands write it
    assert rank(kaneko) is Rank.MINISTER
    assert list_form(kaneko) == "Hon. Kalani Kaneko, Minister of Foreign Affairs and Trade"
    assert salutation(kaneko) == "Dear Minister Kaneko"
    assert envelope(kaneko) == "The Honorable Kalani Kaneko\nMinister of Foreign Affairs and Trade"
    kaneko = replace(kaneko, translations=zh(name="卡內科", title="外交貿易部部長"))
    assert forms(kaneko, "zh-Hant") == Forms(
        "外交貿易部部長卡內科閣下", "卡內科部長", "部長閣下", "外交貿易部部長\n卡內科閣下"
    )


def test_an_ambassador_with_a_chinese_native_name(
    demo_plan: VisitPlan,
) -> None:
    hsia = person(demo_plan, "hsia", courtesy="Mr.", translations=())
    assert rank(hsia) is Rank.AMBASSADOR  # a liaison by role, an ambassador by title
    assert forms(hsia).list_form == (
        "H.E. Mr. Steve Hsia, Ambassador of the Republic of China (Taiwan) "
        "to the Republic of the Marshall Islands"
    )
    assert forms(hsia).short_form == "Ambassador Hsia"
    assert forms(hsia).salutation == "Dear Ambassador Hsia"
    assert forms(hsia).envelope.splitlines()[0] == "His Excellency Mr. Steve Hsia"
    # No translation at all: the native name, and the table's word for the title.
    assert forms(hsia, "zh-Hant") == Forms("大使夏季昌閣下", "夏大使", "大使閣下", "夏季昌閣下")


def test_an_official_with_a_courtesy_title_is_dear_ms(demo_plan: VisitPlan) -> None:
    silk = person(demo_plan, "silk", courtesy="Ms.")
    assert rank(silk) is Rank.OFFICIAL
    assert forms(silk) == Forms(
        "Ms. Isabela Silk, Secretary of Foreign Affairs and Trade",
        "Secretary Silk",
        "Dear Ms. Silk",
        "Ms. Isabela Silk\nSecretary of Foreign Affairs and Trade",
    )
    assert envelope(replace(silk, honorific="H.E.")).startswith("Her Excellency Ms. Isabela Silk")
    silk = replace(silk, translations=zh(name="絲克"))
    assert forms(silk, "zh-Hant") == Forms("絲克女士", "絲克女士", "絲克女士", "絲克女士")


def test_a_family_first_name_stays_family_first(tsai: Person) -> None:
    assert forms(tsai) == Forms(
        "Mr. Tsai Ming-yen, Director-General, National Security Bureau",
        "Director-General Tsai",
        "Dear Mr. Tsai",
        "Mr. Tsai Ming-yen\nDirector-General, National Security Bureau",
    )
    assert "Ming-yen Tsai" not in "".join(forms(tsai).row())
    assert forms(tsai, "zh-Hant") == Forms(
        "國家安全局局長蔡明彥", "蔡局長", "蔡局長", "國家安全局局長\n蔡明彥局長"
    )


def test_a_head_of_state_on_the_host_side_by_native_name(demo_plan: VisitPlan) -> None:
    lai = person(demo_plan, "lai", translations=zh(title="中華民國總統", short_title="總統"))
    assert forms(lai).short_form == "President Lai"
    assert forms(lai, "zh-Hant") == Forms(
        "中華民國總統賴清德閣下", "賴總統", "總統閣下", "中華民國總統\n賴清德閣下"
    )


def test_missing_translations_fall_back_to_the_name_and_the_tables_word(
    demo_plan: VisitPlan,
) -> None:
    # No translation, no short title, no courtesy title.
    heine = person(demo_plan, "heine", translations=(), short_title=None, courtesy=None)
    assert forms(heine) == Forms(
        "H.E. Hilda Heine, President of the Republic of the Marshall Islands",
        "President Heine",
        "Your Excellency",
        "H.E. Hilda Heine\nPresident of the Republic of the Marshall Islands",
    )
    # The short title is recognised from the title; the name stays romanised, set apart.
    assert forms(heine, "zh-Hant") == Forms(
        "總統 Hilda Heine 閣下", "Heine 總統", "總統閣下", "Hilda Heine 閣下"
    )
    # A Chinese name alone: the short title still comes from the table.
    heine = replace(heine, translations=zh(name="海妮"))
    assert forms(heine, "zh-Hant").list_form == "總統海妮閣下"
    assert forms(heine, "zh-Hant").short_form == "海妮總統"


@pytest.mark.parametrize("language", ["en", "zh-Hant"])
def test_no_form_says_none_or_has_a_double_space(demo_plan: VisitPlan, language: str) -> None:
    bare = [
        replace(p, honorific=None, courtesy=None, short_title=None, title="", translations=())
        for p in demo_plan.people
    ]
    for someone in [*demo_plan.people, *bare]:
        for form in forms(someone, language).row():
            assert form
            assert "None" not in form
            assert not re.search(r"\s\s|^\s|\s$| ,", form), form


def test_a_chinese_surname_of_two_characters() -> None:
    ouyang = replace(lin(), family_name="Ouyang", given_name="Na-na", native_name="歐陽娜娜")
    assert short_form(ouyang, "zh-Hant") == "歐陽部長"
    assert short_form(ouyang) == "Minister Ouyang"


def test_a_foreign_name_written_with_a_dot_is_addressed_by_its_family_part(heine: Person) -> None:
    heine = replace(heine, translations=zh(name="希爾達·海妮", short_title="總統"))
    assert short_form(heine, "zh-Hant") == "海妮總統"


def test_how_a_person_is_recognised(demo_plan: VisitPlan) -> None:
    tsai = person(demo_plan, "tsai")
    assert rank(tsai) is Rank.OFFICIAL
    # An officer's "H.E." makes anyone an excellency.
    assert rank(replace(tsai, honorific="H.E.")) is Rank.EXCELLENCY
    assert salutation(replace(tsai, honorific="H.E.")) == "Your Excellency"
    assert forms(replace(tsai, honorific="H.E."), "zh-Hant").list_form == "國家安全局局長蔡明彥閣下"
    # The short title wins over the title.
    assert rank(replace(tsai, short_title="Deputy Minister")) is Rank.DEPUTY_MINISTER
    assert short_form(replace(tsai, short_title="Deputy Minister")) == "Deputy Minister Tsai"
    # Without a short title, the title's first words say the rank.
    assert rank(replace(tsai, title="Prime Minister", short_title=None)) is Rank.HEAD_OF_GOVERNMENT
    # A spouse without an office, and one with.
    spouse = Person(
        key="spouse",
        given_name="Thomas",
        family_name="Kijiner",
        title="Spouse of the President",
        country="MH",
        side=Side.GUEST,
        delegation_role=DelegationRole.SPOUSE,
        precedence=2,
        courtesy="Mr.",
    )
    assert rank(spouse) is Rank.SPOUSE
    assert forms(spouse).short_form == "Mr. Kijiner"
    assert forms(spouse).salutation == "Dear Mr. Kijiner"
    assert forms(replace(spouse, title="Senator")).short_form == "Senator Kijiner"
    aide = replace(spouse, delegation_role=DelegationRole.STAFF, title="Aide-de-camp")
    assert rank(aide) is Rank.STAFF
    assert forms(aide) == Forms(
        "Mr. Thomas Kijiner, Aide-de-camp",
        "Mr. Kijiner",
        "Dear Mr. Kijiner",
        "Mr. Thomas Kijiner\nAide-de-camp",
    )
    assert forms(aide, "zh-Hant").short_form == "Kijiner 先生"


def test_an_override_replaces_one_form_in_one_language(heine: Person) -> None:
    overrides = (
        FormOverride("en", "envelope", "Her Excellency Dr. Hilda Heine\nPresident"),
        FormOverride("zh-Hant", "short", "海妮總統閣下"),
    )
    english = forms(heine, "en", overrides)
    assert english.envelope == "Her Excellency Dr. Hilda Heine\nPresident"
    assert english.list_form == forms(heine).list_form
    chinese = forms(heine, "zh-TW", overrides)
    assert chinese.short_form == "海妮總統閣下"
    assert chinese.envelope == forms(heine, "zh-Hant").envelope


def test_a_persons_own_overrides_are_their_forms_kept_in_one_order(heine: Person) -> None:
    """What the person dialog saves: the person carries their overrides, sorted like
    translations, so two people with the same overrides are equal however built."""
    envelope_en = FormOverride("en", "envelope", "Her Excellency Dr. Hilda Heine\nPresident")
    short_zh = FormOverride("zh-Hant", "short", "海妮總統閣下")
    own = replace(heine, form_overrides=(short_zh, envelope_en))
    assert own.form_overrides == (envelope_en, short_zh)
    assert own == replace(heine, form_overrides=(envelope_en, short_zh))
    assert envelope(own) == envelope_en.text
    assert short_form(own, "zh-TW") == "海妮總統閣下"  # a zh-Hant override serves zh-TW
    assert short_form(own) == "President Heine"
    # An override passed in wins over the person's own; one of no known form is not used
    # (validation refuses it: planner.domain.validation).
    passed = FormOverride("en", "envelope", "H.E. Dr. Hilda Heine")
    assert forms(own, "en", (passed,)).envelope == "H.E. Dr. Hilda Heine"
    stray = replace(heine, form_overrides=(FormOverride("en", "place card", "The President"),))
    assert forms(stray) == forms(heine)


def test_the_table_lists_everyone_in_order_of_precedence(demo_plan: VisitPlan) -> None:
    table = forms_table(demo_plan, "en")
    assert [key for key, _ in table] == ["lai", "tsai", "hsia", "heine", "kaneko", "bejang", "silk"]
    assert dict(table)["bejang"].short_form == "Minister Bejang"
    assert all("\n" not in field for _, made in table for field in made.row())


def test_the_documented_table_names_every_recognised_title() -> None:
    text = DOC.read_text(encoding="utf-8")
    for rule in RULES:
        assert f"`{rule.rank}`" in text
        for english, chinese in rule.titles:
            assert english in text
            assert chinese is None or chinese in text


def test_the_demo_visit_as_an_office_writes_to_its_people(demo_plan: VisitPlan) -> None:
    """The demo as it ships, in both its languages: the forms docs/forms-of-address.md shows."""
    table = dict(forms_table(demo_plan, "zh-Hant"))
    assert table["heine"] == Forms(
        "馬紹爾群島共和國總統海妮閣下", "海妮總統", "總統閣下", "馬紹爾群島共和國總統\n海妮閣下"
    )
    assert table["kaneko"].short_form == "卡尼可部長"
    english = dict(forms_table(demo_plan, "en"))
    assert english["heine"].list_form == (
        "H.E. Dr. Hilda Heine, President of the Republic of the Marshall Islands"
    )
    # "Hon. Mr." is avoided in every English style; "H.E. Dr." and "His Excellency Mr." are not.
    assert (
        english["kaneko"].list_form == "Hon. Kalani Kaneko, Minister of Foreign Affairs and Trade"
    )
    assert english["kaneko"].envelope.splitlines()[0] == "The Honorable Kalani Kaneko"
    assert english["hsia"].envelope.splitlines()[0] == "His Excellency Mr. Steve Hsia"
    assert [key for key, _ in forms_table(demo_plan, "en")][:4] == ["lai", "tsai", "hsia", "heine"]

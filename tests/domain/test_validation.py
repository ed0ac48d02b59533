"""One set of rules: a plan that breaks one is refused alike by a save, a visit file, a people
list and a dialog, each naming the record and the field in its own terms."""

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings

from planner.domain import edits
from planner.domain.checks import check_visit
from planner.domain.errors import InvalidVisitFile
from planner.domain.model import FormOverride, Person, Translation, VisitPlan
from planner.domain.validation import InvalidPlan, Record, flaws, item_flaws, person_flaws
from planner.domain.vocab import DelegationRole, ParticipantRole, Side, SigningAuthority
from planner.services import Planner
from planner.visitfile import read_visit_file, visit_file_bytes
from tests.helpers.strategies import visit_plans

SIGNING = "Signing of the Letter of Intent on Security Cooperation"


def kaneko_only_attending(plan: VisitPlan) -> VisitPlan:
    """The signing with Kaneko still signing but listed as an attendee only."""
    signing = plan.event("loi-signing")
    participants = tuple(
        replace(p, role=ParticipantRole.ATTENDEE) if p.person == "kaneko" else p
        for p in signing.participants
    )
    return edits.update_event(plan, replace(signing, participants=participants))


def test_the_demo_keeps_every_rule(demo_plan: VisitPlan) -> None:
    assert flaws(demo_plan) == []


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=200)
@given(plan=visit_plans())
def test_every_plan_the_property_tests_draw_keeps_every_rule(plan: VisitPlan) -> None:
    """The round trips save and reload what they draw: a drawn plan that breaks a rule
    would be refused there, and fail far from the rule that refused it."""
    assert [str(flaw) for flaw in flaws(plan)] == []


def test_a_flaw_names_its_record_by_key_and_in_the_window_by_title_and_field(
    demo_plan: VisitPlan,
) -> None:
    (flaw,) = flaws(kaneko_only_attending(demo_plan))
    assert (flaw.record, flaw.key) == (Record.EVENT, "loi-signing")
    assert flaw.path == ("signing", "signatories", 1, "person")
    assert str(flaw) == (
        'event "loi-signing": Hon. Kalani Kaneko signs but is not at the item as a signatory'
    )
    assert flaw.for_window() == (
        f"Item “{SIGNING}”, Signing: Hon. Kalani Kaneko signs but is not at the item as a signatory"
    )


def test_a_save_a_visit_file_and_a_dialog_refuse_the_same_flaw(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    planner.add_plan(demo_plan)
    stored = planner.plan(demo_plan.visit.key)
    broken = kaneko_only_attending(stored)
    with pytest.raises(InvalidPlan) as refused:
        planner.save_plan(broken, expected=stored)
    assert "Hon. Kalani Kaneko signs but is not at the item as a signatory" in str(refused.value)
    assert "$" not in str(refused.value)
    assert planner.plan(demo_plan.visit.key) == stored  # nothing of it was saved
    with pytest.raises(InvalidVisitFile) as unread:
        read_visit_file(visit_file_bytes(broken))
    (problem,) = unread.value.problems
    index = [e.key for e in broken.in_canonical_order().events].index("loi-signing")
    assert problem.path == f"$.events[{index}].signing.signatories[1].person"
    assert problem.message == flaws(broken)[0].message
    assert [f.message for f in item_flaws(stored, broken.event("loi-signing"))] == [problem.message]


def test_a_save_from_a_known_plan_still_sees_an_unchanged_item_lose_its_people(
    demo_plan: VisitPlan,
) -> None:
    """Checking only what changed must not miss a rule that ties an unchanged record to a
    changed one: here, people taken out of the visit but left on the signing."""
    gone = replace(demo_plan, people=tuple(p for p in demo_plan.people if p.key != "kaneko"))
    found = flaws(gone, since=demo_plan)
    assert {(f.record, f.key) for f in found} >= {(Record.EVENT, "loi-signing")}
    assert all(f.missing == (Record.PERSON, "kaneko") for f in found)
    # Taken out properly (off every item and signing), nothing is left to refuse.
    assert flaws(edits.remove_person(demo_plan, "kaneko"), since=demo_plan) == []


def test_incomplete_papers_are_reported_not_refused(demo_plan: VisitPlan) -> None:
    """A contradiction is refused; what the officer may not know yet is a problem listed."""
    signing = demo_plan.event("loi-signing")
    assert signing.signing is not None
    kaneko = next(s for s in signing.signing.signatories if s.person == "kaneko")
    unknown = replace(kaneko, authority=SigningAuthority.DESIGNATION, designated_by=None)
    signatories = tuple(unknown if s is kaneko else s for s in signing.signing.signatories)
    plan = edits.update_event(
        demo_plan, replace(signing, signing=replace(signing.signing, signatories=signatories))
    )
    assert flaws(plan) == []
    assert any("say who designated them" in f.message for f in check_visit(plan))
    himself = replace(unknown, designated_by="kaneko")
    contradiction = edits.update_event(
        demo_plan,
        replace(
            signing,
            signing=replace(
                signing.signing,
                signatories=tuple(himself if s is unknown else s for s in signatories),
            ),
        ),
    )
    assert [f.message for f in flaws(contradiction)] == [
        "Hon. Kalani Kaneko cannot be designated by themself"
    ]


def test_every_text_keeps_the_same_limits_wherever_it_is_typed(demo_plan: VisitPlan) -> None:
    tsai = demo_plan.person("tsai")
    pasted = edits.update_person(demo_plan, replace(tsai, dietary="no pork\x07"))
    (flaw,) = flaws(pasted)
    assert flaw.for_window().endswith("Dietary needs: contains a control character")


def test_dropping_a_language_refuses_the_texts_left_in_it_in_records_that_did_not_change(
    demo_plan: VisitPlan,
) -> None:
    """A save checks only what changed, but a record's translations hang on the visit's
    languages: a change of those checks every record's translations again."""
    bilingual = edits.set_visit(demo_plan, replace(demo_plan.visit, languages=("en", "zh-Hant")))
    heine = replace(
        bilingual.person("heine"), translations=(Translation("zh-Hant", "name", "海妮"),)
    )
    before = edits.update_person(bilingual, heine)
    assert flaws(before) == []
    after = edits.set_visit(before, replace(before.visit, languages=("en",)))
    found = flaws(after, since=before)
    assert found == flaws(after)
    (flaw,) = [flaw for flaw in found if flaw.key == "heine"]
    assert (flaw.record, flaw.path) == (Record.PERSON, ("translations", "zh-Hant"))
    assert flaw.message == '"zh-Hant" is not one of the visit\'s languages ("en")'
    translated = [r for r in (*after.people, *after.venues, *after.events) if r.translations]
    assert len(found) >= len(translated)  # the demo's own Chinese texts, each refused too


def test_a_dialog_without_the_visit_checks_the_texts_but_not_their_language() -> None:
    """A person dialog knows the person alone: which texts a person may translate it can say,
    which languages the visit has it leaves to the save."""
    person = Person(
        "x",
        "Hilda",
        "Heine",
        "President",
        "MH",
        Side.GUEST,
        DelegationRole.HEAD,
        1,
        translations=(Translation("fr", "name", "Hilda Heine"), Translation("fr", "notes", "…")),
    )
    (flaw,) = person_flaws(person)
    assert flaw.path == ("translations", "fr", "notes")
    assert flaw.for_window().startswith("Person “Hilda Heine”")
    assert len(person_flaws(person, languages=("en", "zh-Hant"))) == 1


def test_a_form_of_address_in_the_officers_words_is_one_of_the_four_in_a_language_of_the_visit(
    demo_plan: VisitPlan,
) -> None:
    """A stored or typed override is refused, by name, when it is of no form, in a language
    the visit has not, empty, or given twice; the main language's forms may be overridden."""
    heine = replace(demo_plan.person("heine"), translations=())
    good = FormOverride("en", "envelope", "Her Excellency Dr. Hilda Heine\nPresident")
    assert person_flaws(replace(heine, form_overrides=(good,)), languages=("en",)) == []

    def refused(*overrides: FormOverride) -> list[tuple[tuple[object, ...], str]]:
        person = replace(heine, form_overrides=overrides)
        return [(f.path, f.message) for f in person_flaws(person, languages=("en", "zh-Hant"))]

    assert refused(FormOverride("en", "place card", "The President")) == [
        (
            ("form_overrides", "en", "place card"),
            '"place card" is not a form of address (only list, short, salutation, envelope)',
        )
    ]
    assert refused(FormOverride("fr", "short", "Madame la Présidente")) == [
        (
            ("form_overrides", "fr", "short"),
            '"fr" is not one of the visit\'s languages ("en", "zh-Hant")',
        )
    ]
    assert refused(FormOverride("zh-Hant", "salutation", "  ")) == [
        (("form_overrides", "zh-Hant", "salutation"), "must not be empty")
    ]
    assert refused(FormOverride("en", "short", "x" * 20_001)) == [
        (("form_overrides", "en", "short"), "is 20,001 characters long; at most 20,000 fit")
    ]
    assert refused(
        FormOverride("en", "short", "President Heine"), FormOverride("en", "short", "Dr. Heine")
    ) == [(("form_overrides", "en", "short"), "is given more than once")]
    (flaw,) = person_flaws(
        replace(heine, form_overrides=(FormOverride("fr", "short", "…"),)), languages=("en",)
    )
    assert flaw.for_window() == (
        "Person “H.E. Hilda Heine”, Forms of address: "
        '"fr" is not one of the visit\'s languages ("en")'
    )

"""The checks of seating plans: who sits where against who attends, and the seats of honour."""

from dataclasses import replace
from datetime import timedelta

from planner.domain.checks import Finding, Severity, Target, check_visit
from planner.domain.model import Event, Participant, Seat, Seating, Table, VisitPlan
from planner.domain.seating import move, propose, unseat
from planner.domain.vocab import EventStatus, SeatingKind, Side

BANQUET = "state-banquet"
TITLE = "State banquet hosted by President Lai"


def with_event(plan: VisitPlan, event: Event) -> VisitPlan:
    """The plan with the item as given (no edit rules: a plan as a file or an old save has it)."""
    return replace(plan, events=tuple(event if e.key == event.key else e for e in plan.events))


def seated(plan: VisitPlan, seating: Seating, key: str = BANQUET, **changes: object) -> VisitPlan:
    return with_event(plan, replace(plan.event(key), seating=seating, **changes))  # type: ignore[arg-type]


def banquet(plan: VisitPlan, kind: SeatingKind = SeatingKind.ROUNDS) -> Seating:
    return propose(plan, BANQUET, kind)


def problems(plan: VisitPlan) -> list[tuple[Severity, str]]:
    return [(f.severity, f.message) for f in check_visit(plan)]


def test_a_proposed_plan_has_no_problems(demo_plan: VisitPlan) -> None:
    for kind in SeatingKind:
        assert check_visit(seated(demo_plan, banquet(demo_plan, kind))) == []


def test_someone_seated_who_does_not_attend(demo_plan: VisitPlan) -> None:
    plan = seated(demo_plan, banquet(demo_plan))
    event = plan.event(BANQUET)
    without = tuple(p for p in event.participants if p.person != "silk")
    plan = with_event(plan, replace(event, participants=without))
    assert check_visit(plan) == [
        Finding(
            Severity.ERROR,
            f"Isabela Silk is seated at “{TITLE}” but does not attend it",
            Target.EVENT,
            BANQUET,
        )
    ]


def test_seats_at_a_cancelled_item(demo_plan: VisitPlan) -> None:
    plan = seated(demo_plan, banquet(demo_plan), status=EventStatus.CANCELLED)
    assert problems(plan) == [
        (Severity.WARNING, f"“{TITLE}” is cancelled but still has people seated")
    ]


def test_participants_left_unseated_are_named_in_order_of_precedence(
    demo_plan: VisitPlan,
) -> None:
    plan = seated(demo_plan, unseat(unseat(banquet(demo_plan), "silk"), "tsai"))
    assert problems(plan) == [
        (Severity.WARNING, f"Tsai Ming-yen and Isabela Silk are not seated at “{TITLE}”")
    ]
    (finding,) = check_visit(seated(demo_plan, replace(banquet(demo_plan), seats=())))
    assert finding.message == (
        "H.E. Lai Ching-te, Tsai Ming-yen, H.E. Steve Hsia, H.E. Hilda Heine, Hon. Kalani Kaneko "
        f"and 2 others are not seated at “{TITLE}”"
    )


def test_two_on_one_seat_and_a_table_over_its_seats(demo_plan: VisitPlan) -> None:
    seating = banquet(demo_plan)
    crowded = replace(
        seating,
        tables=(replace(seating.tables[0], seats=6),),
        seats=(*seating.seats[:6], replace(seating.seats[6], number=6)),
    )
    assert problems(seated(demo_plan, crowded)) == [
        (
            Severity.ERROR,
            f"Hon. Joe Bejang and Isabela Silk are on one seat at “{TITLE}” (Table 1, seat 6)",
        ),
        (Severity.ERROR, f"Table 1 at “{TITLE}” has 7 people for 6 seats"),
    ]


def test_the_guest_of_honour_not_at_the_hosts_right(demo_plan: VisitPlan) -> None:
    swapped = move(banquet(demo_plan), "heine", ("t1", "", 3))
    assert problems(seated(demo_plan, swapped)) == [
        (
            Severity.WARNING,
            "H.E. Hilda Heine, the guest of honour, is not at the host's right at "
            f"“{TITLE}” (Table 1, seat 3)",
        )
    ]
    moved = move(banquet(demo_plan), "lai", ("t1", "", 5))
    assert problems(seated(demo_plan, moved)) == [
        (
            Severity.WARNING,
            f"H.E. Lai Ching-te, the host, does not preside at “{TITLE}” (Table 1, seat 5)",
        )
    ]


def test_at_talks_each_head_at_seat_one_of_their_side(demo_plan: VisitPlan) -> None:
    talks = banquet(demo_plan, SeatingKind.FACING)
    assert problems(seated(demo_plan, move(talks, "kaneko", ("t1", "guest", 1)))) == [
        (
            Severity.WARNING,
            f"H.E. Hilda Heine heads the guest side at “{TITLE}” but is not at its seat 1 "
            "(Talks table, guest side, seat 2)",
        )
    ]
    wider = replace(talks, tables=(replace(talks.tables[0], seats=5),))
    (finding,) = check_visit(seated(demo_plan, move(wider, "lai", ("t1", "guest", 5))))
    assert finding.message.startswith("H.E. Lai Ching-te heads the host side")


def test_a_seat_at_two_items_at_once_is_a_clash(demo_plan: VisitPlan) -> None:
    """Hsia is at the decoration (12:00–12:20); a seat for him at a lunch at 12:10 is a
    clash, named with everyone else in both, once."""
    decoration = demo_plan.event("decoration")
    lunch = replace(
        demo_plan.event("mofa-courtesy-call"),
        start=decoration.start + timedelta(minutes=10),
        end=decoration.end + timedelta(minutes=10),
        participants=(Participant("heine"), Participant("kaneko")),
        seating=Seating(
            SeatingKind.ROUNDS,
            (Table("t1", "Table 1", 4),),
            (Seat("t1", 1, "hsia"), Seat("t1", 2, "heine"), Seat("t1", 3, "kaneko")),
        ),
    )
    plan = with_event(demo_plan, lunch)
    clash = [f for f in check_visit(plan) if "decoration" in f.events]
    assert [f.message.split(" are in ")[0] for f in clash] == [
        "H.E. Steve Hsia, H.E. Hilda Heine and Hon. Kalani Kaneko"
    ]
    assert clash[0].events == ("decoration", "mofa-courtesy-call")


def test_the_checks_of_a_side_word_say_it_in_another_language(demo_plan: VisitPlan) -> None:
    talks = move(banquet(demo_plan, SeatingKind.FACING), "kaneko", ("t1", "guest", 1))
    (finding,) = check_visit(seated(demo_plan, talks))

    def shout(context: str, text: str) -> str:
        return text.upper() if context == "Side" else text

    assert "heads the GUEST side" in finding.text(shout)
    assert Side.GUEST.value in finding.message

"""The demo visit with seating plans: its state banquet at round tables (a table's name in
Chinese too) and its talks across one table, each side numbered on its own."""

from planner.domain import edits
from planner.domain.model import Seat, Seating, Table, Translation, VisitPlan
from planner.domain.vocab import SeatingKind, Side

BANQUET = "state-banquet"
TALKS = "bilateral-talks"


def banquet_seating() -> Seating:
    """Two round tables: the President presiding at the first with the guest of honour at
    her right, the others at the second."""
    return Seating(
        SeatingKind.ROUNDS,
        tables=(
            Table("head", "Head table", 10, (Translation("zh-Hant", "name", "主桌"),)),
            Table("t2", "Table 2", 8),
        ),
        seats=(
            Seat("head", 1, "lai"),
            Seat("head", 2, "heine"),
            Seat("head", 3, "kaneko"),
            Seat("head", 4, "tsai"),
            Seat("t2", 1, "hsia"),
            Seat("t2", 2, "bejang"),
            Seat("t2", 3, "silk"),
        ),
    )


def talks_seating() -> Seating:
    """One table, each delegation along its side, its head at seat 1 of that side."""
    return Seating(
        SeatingKind.FACING,
        tables=(Table("talks", "Conference table", 6),),
        seats=(
            Seat("talks", 1, "lai", Side.HOST),
            Seat("talks", 2, "tsai", Side.HOST),
            Seat("talks", 3, "hsia", Side.HOST),
            Seat("talks", 1, "heine", Side.GUEST),
            Seat("talks", 2, "kaneko", Side.GUEST),
            Seat("talks", 3, "bejang", Side.GUEST),
            Seat("talks", 4, "silk", Side.GUEST),
        ),
    )


def seated(plan: VisitPlan) -> VisitPlan:
    """The demo with its banquet and its talks seated."""
    plan = edits.set_seating(plan, BANQUET, banquet_seating())
    return edits.set_seating(plan, TALKS, talks_seating())

"""Where the seats stand: the convention the window and the printed plan draw by."""

import math

import pytest

from planner.domain.layout import FloorPlan, Spot, floor_plan, outward
from planner.domain.model import Seating, Table
from planner.domain.vocab import SeatingKind, Side


def plan(kind: SeatingKind, *seats: int) -> FloorPlan:
    tables = tuple(Table(f"t{i}", f"Table {i}", n, ()) for i, n in enumerate(seats, start=1))
    return floor_plan(Seating(kind, tables))


def right_hand(spot: Spot) -> tuple[float, float]:
    """The direction of a sitter's right hand on the page (y down)."""
    turned = math.radians(spot.facing + 90.0)
    return math.sin(turned), -math.cos(turned)


def is_at_right_of(other: Spot, spot: Spot) -> bool:
    dx, dy = other.x - spot.x, other.y - spot.y
    hand_x, hand_y = right_hand(spot)
    return dx * hand_x + dy * hand_y > 0


def distance(a: Spot, b: Spot) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)


def test_outward_alternates_right_then_left() -> None:
    assert [outward(n) for n in range(1, 8)] == [0, -1, 1, -2, 2, -3, 3]


@pytest.mark.parametrize("kind", [SeatingKind.ROUNDS, SeatingKind.LONG, SeatingKind.U_SHAPE])
@pytest.mark.parametrize("seats", [4, 7, 10, 12])
def test_seat_two_is_at_the_presiding_seats_right_and_three_at_its_left(
    kind: SeatingKind, seats: int
) -> None:
    floor = plan(kind, seats)
    one, two, three = (floor.spot("t1", n) for n in (1, 2, 3))
    assert is_at_right_of(two, one)
    assert not is_at_right_of(three, one)
    assert one.facing == pytest.approx(180.0)  # facing the room and its entrance


@pytest.mark.parametrize("seats", [6, 8, 10, 11])
def test_around_a_round_table_seat_n_sits_between_n_minus_2_and_n_plus_2(seats: int) -> None:
    floor = plan(SeatingKind.ROUNDS, seats)
    spots = {n: floor.spot("t1", n) for n in range(1, seats + 1)}
    nearest = min(distance(spots[1], spots[n]) for n in range(2, seats + 1))
    for n in range(4, seats - 1):
        assert distance(spots[n], spots[n - 2]) == pytest.approx(nearest, rel=0.01)
        assert distance(spots[n], spots[n + 2]) == pytest.approx(nearest, rel=0.01)


def test_every_seat_has_its_own_place_inside_the_plan() -> None:
    for kind, sizes in (
        (SeatingKind.ROUNDS, (10, 10, 8, 12, 10)),
        (SeatingKind.LONG, (24,)),
        (SeatingKind.U_SHAPE, (17,)),
        (SeatingKind.THEATRE, (12, 12, 10)),
    ):
        floor = plan(kind, *sizes)
        assert len(floor.spots) == sum(sizes)
        places = {(round(s.x, 3), round(s.y, 3)) for s in floor.spots}
        assert len(places) == sum(sizes), kind
        for spot in floor.spots:
            assert 0 < spot.x < floor.width
            assert 0 < spot.y < floor.height


def test_the_hosts_table_is_first_at_the_top_and_the_others_below() -> None:
    floor = plan(SeatingKind.ROUNDS, 10, 10, 10, 10, 10)
    head, *others = floor.tables
    assert all(head.y < table.y for table in others)
    assert min(t.x for t in others) < head.x < max(t.x for t in others)


def test_at_talks_the_sides_face_each_other_heads_in_the_middle() -> None:
    floor = plan(SeatingKind.FACING, 7)
    guest_head, host_head = floor.spot("t1", 1, Side.GUEST), floor.spot("t1", 1, Side.HOST)
    assert guest_head.x == pytest.approx(host_head.x)
    assert guest_head.y < host_head.y  # the guests face the entrance, at the bottom
    for side in Side:
        head = floor.spot("t1", 1, side)
        assert is_at_right_of(floor.spot("t1", 2, side), head)
        assert not is_at_right_of(floor.spot("t1", 3, side), head)
    assert len(floor.spots) == 14  # a table's seats count for each side


def test_theatre_rows_go_from_the_front_and_face_the_stage() -> None:
    floor = plan(SeatingKind.THEATRE, 9, 9)
    assert floor.spot("t1", 1).y < floor.spot("t2", 1).y
    assert floor.spot("t1", 1).facing == 0.0
    assert is_at_right_of(floor.spot("t1", 2), floor.spot("t1", 1))

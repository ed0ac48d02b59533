"""`seating` and the seating exports as a user types them: output, what is saved, exit status."""

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.domain.edits import set_seating
from planner.domain.seating import lock, move
from planner.domain.vocab import ParticipantRole
from planner.services import Planner
from tests.test_cli import DEMO_KEY, run

BANQUET = "state-banquet"
PROPOSED = [
    "t1\t1\tlai\tH.E. Lai Ching-te (賴清德)",
    "t1\t2\theine\tH.E. Hilda Heine",
    "t1\t3\tkaneko\tHon. Kalani Kaneko",
    "t1\t4\ttsai\tTsai Ming-yen (蔡明彥)",
    "t1\t5\thsia\tH.E. Steve Hsia (夏季昌)",
    "t1\t6\tbejang\tHon. Joe Bejang",
    "t1\t7\tsilk\tIsabela Silk",
]


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], db_path: Path) -> str:
    run(capsys, "--db", str(db_path), "demo")
    return str(db_path)


def seating(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "--db", db, "seating", DEMO_KEY, "--event", BANQUET, *argv)


def test_an_item_without_a_plan_says_so(capsys: pytest.CaptureFixture[str], db: str) -> None:
    status, out, err = seating(capsys, db)
    assert (status, out) == (1, "")  # nothing to print is bad input, as for export seating
    assert err == (
        "delegation-planner: “State banquet hosted by President Lai” has no seating plan; "
        "--propose makes one\n"
    )


def test_propose_prints_the_plan_and_saves_it(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    status, out, err = seating(capsys, db, "--propose")
    assert (status, out.splitlines(), err) == (0, PROPOSED, "")
    assert seating(capsys, db)[1].splitlines() == PROPOSED  # saved
    exported = tmp_path / "visit.json"
    run(capsys, "--db", db, "export", "visit", DEMO_KEY, "-o", str(exported))
    banquet = next(
        e for e in json.loads(exported.read_text("utf-8"))["events"] if e["key"] == BANQUET
    )
    assert banquet["seating"]["plan"] == "rounds"
    assert banquet["seating"]["tables"][0]["name"] == "Table 1"
    assert run(capsys, "--db", db, "check", DEMO_KEY)[0] == 0


def test_at_talks_the_side_follows_the_seat_number(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    status, out, _ = seating(capsys, db, "--propose", "--plan", "facing")
    assert status == 0
    assert out.splitlines() == [
        "t1\t1\tguest\theine\tH.E. Hilda Heine",
        "t1\t2\tguest\tkaneko\tHon. Kalani Kaneko",
        "t1\t3\tguest\tbejang\tHon. Joe Bejang",
        "t1\t4\tguest\tsilk\tIsabela Silk",
        "t1\t1\thost\tlai\tH.E. Lai Ching-te (賴清德)",
        "t1\t2\thost\ttsai\tTsai Ming-yen (蔡明彥)",
        "t1\t3\thost\thsia\tH.E. Steve Hsia (夏季昌)",
    ]


def test_tables_and_seats_share_people_out(capsys: pytest.CaptureFixture[str], db: str) -> None:
    status, out, _ = seating(capsys, db, "--propose", "--tables", "2", "--seats", "4")
    assert status == 0
    assert [line.split("\t")[:3] for line in out.splitlines()] == [
        ["t1", "1", "lai"],
        ["t1", "2", "heine"],
        ["t1", "3", "kaneko"],
        ["t1", "4", "tsai"],
        ["t2", "1", "hsia"],
        ["t2", "2", "bejang"],
        ["t2", "3", "silk"],
    ]


def test_people_who_do_not_fit_are_refused_and_nothing_is_saved(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    seating(capsys, db, "--propose", "--plan", "facing")
    before = seating(capsys, db)[1]
    status, out, err = seating(
        capsys, db, "--propose", "--plan", "rounds", "--tables", "2", "--seats", "3"
    )
    assert (status, out) == (1, "")
    assert err == (
        "delegation-planner: “State banquet hosted by President Lai” has 7 people to seat, "
        "but the plan has only 6 seats: add tables or seats\n"
    )
    assert seating(capsys, db)[1] == before


def test_a_new_proposal_keeps_the_locked_seats(
    capsys: pytest.CaptureFixture[str], db: str, db_path: Path
) -> None:
    seating(capsys, db, "--propose")
    planner = Planner.open(db_path)
    try:
        plan = planner.plan(DEMO_KEY)
        current = plan.event(BANQUET).seating
        assert current is not None
        locked = lock(move(current, "silk", ("t1", "", 1)), "silk")
        planner.save_plan(set_seating(plan, BANQUET, locked), expected=plan)
    finally:
        planner.close()
    status, out, _ = seating(capsys, db, "--propose")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "t1\t1\tsilk\tIsabela Silk"
    assert [line.split("\t")[2] for line in lines[1:]] == [
        "heine",
        "kaneko",
        "lai",
        "tsai",
        "bejang",
        "hsia",
    ]


def test_wrong_asks_are_refused(capsys: pytest.CaptureFixture[str], db: str) -> None:
    status, _, err = seating(capsys, db, "--tables", "2")
    assert (status, err) == (2, "delegation-planner: --tables go with --propose\n")
    with pytest.raises(SystemExit) as usage:
        seating(capsys, db, "--propose", "--seats", "0")
    assert usage.value.code == 2
    assert "--seats: expected a whole number from 1, got '0'" in capsys.readouterr().err
    status, _, err = run(capsys, "--db", db, "seating", DEMO_KEY, "--event", "gala")
    assert status == 1
    assert err == f"delegation-planner: no event with key 'gala' in visit '{DEMO_KEY}'\n"
    status, _, err = run(
        capsys, "--db", db, "seating", DEMO_KEY, "--event", "legislative-yuan-call", "--propose"
    )
    assert status == 1
    assert "is cancelled: there is no one to seat" in err


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_the_table_plan_place_cards_and_badges_are_written(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    seating(capsys, db, "--propose")
    plan, cards, badges = (tmp_path / f"{name}.pdf" for name in ("plan", "cards", "badges"))
    export = ("--db", db, "export")
    assert run(capsys, *export, "seating", DEMO_KEY, "--event", BANQUET, "--paper", "a3",
               "--lang", "bilingual", "-o", str(plan))[0] == 0  # fmt: skip
    assert (
        run(capsys, *export, "place-cards", DEMO_KEY, "--event", BANQUET, "-o", str(cards))[0] == 0
    )
    assert run(
        capsys, *export, "badges", DEMO_KEY, "--per-page", "4", "--lang", "zh-Hant", "-o",
        str(badges),
    )[0] == 0  # fmt: skip
    for path in (plan, cards, badges):
        assert path.read_bytes().startswith(b"%PDF")
    assert "Heine" in pdf_text(plan)
    assert "Heine" in pdf_text(cards)
    status, _, err = run(
        capsys, *export, "seating", DEMO_KEY, "--event", "bilateral-talks", "-o", str(plan)
    )
    assert status == 1
    assert "has no seating plan" in err


def test_staff_are_seated_when_asked_for_by_role_or_key(
    capsys: pytest.CaptureFixture[str], db: str, db_path: Path
) -> None:
    planner = Planner.open(db_path)
    try:
        plan = planner.plan(DEMO_KEY)
        banquet = plan.event(BANQUET)
        staffed = tuple(
            replace(p, role=ParticipantRole.STAFF) if p.person == "hsia" else p
            for p in banquet.participants
        )
        changed = replace(banquet, participants=staffed)
        events = tuple(changed if e.key == BANQUET else e for e in plan.events)
        planner.save_plan(replace(plan, events=events), expected=plan)
    finally:
        planner.close()
    status, out, _ = seating(capsys, db, "--propose")
    assert status == 0
    assert "hsia" not in out  # staff at the banquet: not seated unless asked
    for asked in ("staff", "hsia"):
        status, out, err = seating(capsys, db, "--propose", "--include", asked)
        assert (status, err) == (0, "")
        assert [line.split("\t")[2] for line in out.splitlines()].count("hsia") == 1
    # Seated once, Hsia stays seated by the next proposal without asking again.
    assert "hsia" in seating(capsys, db, "--propose")[1]


def test_include_names_someone_taking_part_or_a_role(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    before = seating(capsys, db)
    status, out, err = seating(capsys, db, "--propose", "--include", "press", "--include", "butler")
    assert (status, out) == (1, "")
    assert err == (
        "delegation-planner: “butler” is not the key of anyone taking part in “State banquet "
        "hosted by President Lai”, nor a role: give a person's key or one of attendee, chair, "
        "deputy, head, interpreter, liaison, member, official, optional, press, security, "
        "signatory, spouse, staff, witness\n"
    )
    assert seating(capsys, db) == before  # nothing saved
    status, _, err = seating(capsys, db, "--include", "staff")
    assert (status, err) == (2, "delegation-planner: --include go with --propose\n")

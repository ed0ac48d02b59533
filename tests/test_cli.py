"""The command line as a user types it: output, files, exit status, and no tracebacks."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.model import VisitPlan
from tests.helpers.factories import as_bytes, minimal_document, world_trip_document

DEMO_KEY = "mh-state-visit-2025"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_demo_then_list_shows_the_visit_once(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    db = str(db_path)
    assert run(capsys, "--db", db, "demo")[0] == 0
    status, out, _ = run(capsys, "--db", db, "demo")
    assert (status, out) == (0, f"{DEMO_KEY}: demo visit already present\n")
    status, out, _ = run(capsys, "--db", db, "list")
    assert status == 0
    assert out.splitlines() == [
        f"{DEMO_KEY}\t2025-06-02 – 2025-06-07\t"
        "State visit of the President of the Republic of the Marshall Islands"
    ]


def test_export_then_import_into_a_fresh_database_round_trips(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    exported, again = tmp_path / "visit.json", tmp_path / "again.json"
    run(capsys, "--db", first, "demo")
    assert run(capsys, "--db", first, "export", "visit", DEMO_KEY, "-o", str(exported))[0] == 0
    status, out, _ = run(capsys, "--db", second, "import", str(exported))
    assert (status, out) == (0, f"{DEMO_KEY}\n")
    run(capsys, "--db", second, "export", "visit", DEMO_KEY, "-o", str(again))
    assert again.read_bytes() == exported.read_bytes()
    assert "蔡明彥" in exported.read_text(encoding="utf-8")


def test_a_file_with_several_mistakes_lists_each_and_imports_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    db = str(db_path)
    run(capsys, "--db", db, "demo")
    before = run(capsys, "--db", db, "list")[1]
    document = minimal_document()
    document["visit"]["start_date"] = "2025-02-30"
    document["people"][0]["side"] = "home"
    document["events"][0]["venue"] = "palace"
    bad = tmp_path / "bad.visit.json"
    bad.write_bytes(as_bytes(document))
    status, out, err = run(capsys, "--db", db, "import", str(bad))
    assert status == 1
    assert out == ""
    assert err.splitlines() == [
        f"delegation-planner: {bad}: 3 problems, nothing imported:",
        '  $.visit.start_date: expected a date like "2025-06-04", got "2025-02-30" '
        "(day is out of range for month)",
        '  $.people[0].side: expected one of "host", "guest", got "home"',
        '  $.events[0].venue: "palace" is not the key of any venue of this visit',
    ]
    assert run(capsys, "--db", db, "list")[1] == before


def test_show_prints_the_programme_at_local_times_day_by_day(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "demo")
    status, out, _ = run(capsys, "--db", str(db_path), "show", DEMO_KEY)
    assert status == 0
    lines = out.splitlines()
    assert lines[1] == (
        "2–7 June 2025 · local times where each item takes place; Taipei time (UTC+08:00)"
        " beside where it differs"
    )
    assert "Wednesday 4 June 2025" in lines
    signing = next(line for line in lines if "Letter of Intent" in line and "Signing" in line)
    assert signing.startswith("  10:00–10:30  ")
    assert "leaves 09:30 Taipei, arrives Sat 22:00 Majuro" in out
    assert "flight CI 9002, Taiwan Taoyuan International Airport → Amata Kabua" in out
    assert "[CANCELLED]" in out
    assert "Tsai Ming-yen (蔡明彥)" in out


def test_the_environment_variable_chooses_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("PLANNER_DB", str(chosen))
    run(capsys, "demo")
    assert chosen.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "no-such-visit"], "no visit with key 'no-such-visit' in this database"),
        (["import", "missing.json"], "missing.json: No such file or directory"),
        (["export", "visit", "nope", "-o", "out.json"], "no visit with key 'nope'"),
    ],
)
def test_bad_input_exits_1_with_a_message(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str], message: str
) -> None:
    status, _, err = run(capsys, "--db", str(db_path), *argv)
    assert status == 1
    assert message in err
    assert "Traceback" not in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", "visit"])
    assert exit_.value.code == 2
    assert "required" in capsys.readouterr().err


def test_installed_command_reports_errors_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.visit.json"
    bad.write_text(json.dumps({"format": "delegation-planner.visit", "version": 7}))
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--db", str(tmp_path / "x.sqlite3"), "import", str(bad)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "error"},
        check=False,
    )
    assert result.returncode == 1
    assert "version 7 is newer than this program reads (versions 1 and 2)" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["ics", "{key}", "-o", "{out}.ics"],
        ["ics", "{key}", "--day", "{day}", "-o", "{out}.ics"],
        ["ics", "{key}", "--person", "{person}", "-o", "{out}.ics"],
        ["ics", "{key}", "--event", "{event}", "-o", "{out}.ics"],
        ["attendees", "{key}", "--format", "csv", "-o", "{out}.csv"],
        ["attendees", "{key}", "--format", "xlsx", "-o", "{out}.xlsx"],
        ["attendees", "{key}", "--event", "{event}", "--format", "pdf", "-o", "{out}.pdf"],
        ["attendees", "{key}", "--format", "pdf", "--paper", "letter", "-o", "{out}.pdf"],
        ["programme", "{key}", "-o", "{out}.pdf"],
    ],
)
@pytest.mark.parametrize(
    "visit",
    [
        {"key": DEMO_KEY, "day": "2025-06-04", "person": "kaneko", "event": "loi-signing"},
        {
            "key": "pacific-europe-2025",
            "day": "2025-07-02",
            "person": "lin",
            "event": "flight-maj-hnl",
        },
    ],
)
def test_every_export_command_writes_its_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], visit: dict[str, str]
) -> None:
    db = str(tmp_path / "exports.sqlite3")
    trip = tmp_path / "trip.visit.json"
    trip.write_bytes(as_bytes(world_trip_document()))
    run(capsys, "--db", db, "demo")
    run(capsys, "--db", db, "import", str(trip))
    filled = [part.format(out=tmp_path / "out", **visit) for part in argv]
    status, _, err = run(capsys, "--db", db, "export", *filled)
    assert (status, err) == (0, "")
    written = Path(filled[-1]).read_bytes()
    magic = {
        ".ics": b"BEGIN:VCALENDAR",
        ".csv": b"\xef\xbb\xbfPrecedence",
        ".xlsx": b"PK",
        ".pdf": b"%PDF",
    }
    assert written.startswith(magic[Path(filled[-1]).suffix])


def test_a_bad_day_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["export", "ics", DEMO_KEY, "--day", "4 June", "-o", "x.ics"])
    assert exit_.value.code == 2
    assert "expected a date like 2025-06-04, got '4 June'" in capsys.readouterr().err


def test_the_window_without_a_display_says_so_instead_of_aborting(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert "no display to open the window on" in result.stderr


@pytest.fixture
def chinese_demo(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> str:
    """A database with the demo visit, which reads as if it had Chinese as its second
    language (until the demo file carries its translations)."""
    from planner.services import Planner
    from tests.export.chinese import chinese_plan

    stored = Planner.plan

    def plan(self: Planner, key: str) -> VisitPlan:
        found = stored(self, key)
        return chinese_plan(found) if key == DEMO_KEY else found

    monkeypatch.setattr(Planner, "plan", plan)
    main(["--db", str(db_path), "demo"])
    return str(db_path)


def test_show_and_every_document_take_a_language_of_the_visit(
    capsys: pytest.CaptureFixture[str], chinese_demo: str, tmp_path: Path
) -> None:
    capsys.readouterr()
    status, out, _ = run(capsys, "--db", chinese_demo, "show", DEMO_KEY, "--lang", "zh-Hant")
    assert status == 0
    assert "2025年6月4日（星期三）" in out
    assert "海妮" in out
    text = tmp_path / "programme.txt"
    argv = ["export", "programme", DEMO_KEY, "--format", "text", "--lang", "zh-Hant"]
    status, _, _ = run(capsys, "--db", chinese_demo, *argv, "--era", "roc", "-o", str(text))
    assert status == 0
    assert "中華民國114年6月4日（星期三）" in text.read_text(encoding="utf-8")
    for what, suffix in (("ics", ".ics"), ("attendees", ".csv"), ("programme", ".pdf")):
        target = tmp_path / f"bilingual{suffix}"
        extra = ["--format", "csv"] if what == "attendees" else []
        argv = ["export", what, DEMO_KEY, *extra, "--lang", "bilingual", "-o", str(target)]
        assert run(capsys, "--db", chinese_demo, *argv)[:3:2] == (0, "")
    assert "卡內可" in (tmp_path / "bilingual.csv").read_text(encoding="utf-8-sig")
    assert "LANGUAGE=en" not in (tmp_path / "bilingual.ics").read_text(encoding="utf-8")


def test_a_language_the_visit_does_not_have_is_refused_naming_those_it_has(
    capsys: pytest.CaptureFixture[str], chinese_demo: str, tmp_path: Path
) -> None:
    capsys.readouterr()
    for argv in (
        ["show", DEMO_KEY],
        ["export", "ics", DEMO_KEY, "-o", str(tmp_path / "x.ics")],
        ["export", "attendees", DEMO_KEY, "--format", "pdf", "-o", str(tmp_path / "x.pdf")],
        ["export", "programme", DEMO_KEY, "-o", str(tmp_path / "y.pdf")],
    ):
        status, out, err = run(capsys, "--db", chinese_demo, *argv, "--lang", "fr")
        assert (status, out) == (1, "")
        assert "'fr' is not a language of visit mh-state-visit-2025: it has en, zh-Hant" in err
    assert list(tmp_path.glob("x.*")) == []


def test_forms_lists_everyone_by_precedence_with_four_forms_of_address(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    db = str(db_path)
    run(capsys, "--db", db, "demo")
    status, out, _ = run(capsys, "--db", db, "forms", DEMO_KEY)
    assert status == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert [row[0] for row in rows] == ["lai", "tsai", "hsia", "heine", "kaneko", "bejang", "silk"]
    assert all(len(row) == 5 for row in rows)  # key, list, short, salutation, envelope
    heine = rows[3]
    assert heine[1].startswith("H.E.")
    assert "Hilda Heine" in heine[1]
    assert heine[1].endswith("President of the Republic of the Marshall Islands")
    assert heine[2] == "President Heine"
    assert heine[3] == "Your Excellency"
    status, _, err = run(capsys, "--db", db, "forms", DEMO_KEY, "--lang", "fr")
    assert status == 1
    assert "'fr' is not a language of visit" in err

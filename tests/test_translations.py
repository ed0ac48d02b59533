"""The catalogues are complete and current: every message of the Traditional Chinese
catalogue is translated, none is left over from strings gone from the source, the source has
no string the catalogue lacks, and the compiled .qm is the .ts as it stands."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = sorted(TRANSLATIONS.glob("planner_*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
Message = tuple[str, str, str]  # context, source, comment


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def messages(path: Path) -> dict[Message, ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def test_there_is_a_traditional_chinese_catalogue() -> None:
    assert TRANSLATIONS / "planner_zh_TW.ts" in CATALOGUES


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.stem)
def test_every_message_is_translated(catalogue: Path) -> None:
    unfinished = []
    for (context, source, _comment), message in messages(catalogue).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") is not None or not all(forms):
            # "unfinished", or "obsolete"/"vanished": a string no longer in the source
            unfinished.append(f"{context}: {source!r} ({translation.get('type') or 'empty'})")
    assert unfinished == []


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.stem)
def test_translations_keep_the_placeholders(catalogue: Path) -> None:
    """`{title}` in the English is `{title}` in the translation: `.format` fills both."""
    wrong = []
    for (context, source, _comment), message in messages(catalogue).items():
        translated = message.findtext("translation") or ""
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translated)):
            wrong.append(f"{context}: {source!r} -> {translated!r}")
    assert wrong == []


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.stem)
def test_the_catalogue_has_every_string_of_the_source(catalogue: Path, tmp_path: Path) -> None:
    """What `make translations` would find now is what the catalogue holds (run it, and
    translate what it adds, when this fails)."""
    fresh = tmp_path / catalogue.name
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-silent",
            str(ROOT / "planner"),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    in_source, in_catalogue = set(messages(fresh)), set(messages(catalogue))
    assert sorted(in_source - in_catalogue) == []  # new strings: not yet in the catalogue
    assert sorted(in_catalogue - in_source) == []  # strings gone from the source


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: path.stem)
def test_the_compiled_catalogue_is_current(catalogue: Path, tmp_path: Path) -> None:
    compiled = tmp_path / f"{catalogue.stem}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(catalogue), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    shipped = catalogue.with_suffix(".qm")
    assert shipped.exists(), "run `make translations`"
    assert shipped.read_bytes() == compiled.read_bytes(), "run `make translations`"

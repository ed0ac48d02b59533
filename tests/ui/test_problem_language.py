"""The Problems panel says each problem in the window's language: the template as the
catalogue translates it, the officer's titles and names as written, days and times in the
language's form; English as `delegation-planner check` says it."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from planner import translation
from planner.domain.checks import check_visit
from planner.domain.errors import PlannerError
from planner.domain.validation import InvalidPlan, person_flaws
from planner.domain.vocab import Side
from planner.ui.dialogs import Invalid, refuse
from planner.ui.main_window import MainWindow
from planner.ui.words import error_text
from tests.helpers.qt import checked
from tests.ui.test_programme_tree import open_trip
from tests.ui.trips import LUNCH, SIGNING, TALKS, TRAIN, person, trip

# What the catalogue would hold for the clash of people, as a translator writes it.
WORDS = {
    (
        "Finding",
        "{who} is in “{first}” ({first_times}) and “{second}” ({times}) at once",
    ): "{who}同時出席「{first}」（{first_times}）及「{second}」（{times}）",
    ("Finding", "{start}–{end}"): "{start}至{end}",
    ("MessageDates", "ddd dd MMM HH:mm"): "M月d日（ddd）HH:mm",
    ("Flaw", "{record} “{label}”, {field}: {message}"): "{record}「{label}」，{field}：{message}",
    ("Flaw", "must not be empty"): "不可空白",
    ("Record", "Person"): "人員",
}


class StandIn(QTranslator):
    """Answers for WORDS, and leaves every other string to the catalogue installed before."""

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return WORDS.get((context, text))  # None (a null string): ask the next catalogue

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@pytest.fixture
def stand_in(qapp: QApplication) -> Iterator[None]:
    words = StandIn()
    QCoreApplication.installTranslator(words)  # asked before the catalogue installed first
    yield
    QCoreApplication.removeTranslator(words)


def problem_texts(window: MainWindow) -> list[str]:
    model = window.problems
    return [
        model.data(model.index(row, 1), Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
    ]


def test_the_problems_in_english_are_those_of_the_checks(window: MainWindow) -> None:
    plan = trip(TALKS, TRAIN, SIGNING, LUNCH)
    open_trip(window, plan)
    assert problem_texts(checked(window)) == [f.message for f in check_visit(plan)]


def test_the_problems_in_chinese(qapp: QApplication, window: MainWindow, stand_in: None) -> None:
    open_trip(window, trip(TALKS, TRAIN, SIGNING, LUNCH))
    translation.install(qapp, "zh-Hant")
    window.retranslate()
    people, hall = problem_texts(checked(window))
    assert people == (
        "Chia-lung Lin同時出席「Signing in Prague」（10月27日（週一）10:00至10:30）"
        "及「Working lunch」（10月27日（週一）10:15至11:30）"
    )
    # The venue's name and the titles as the officer typed them, the rest in Chinese.
    assert hall == (
        "Czernin Palace同一時段（10月27日（週一）10:15至11:30）"
        "安排了「Signing in Prague」及「Working lunch」"
    )
    model = window.problems
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == people


def test_a_dialog_refuses_in_the_window_language(qapp: QApplication) -> None:
    found = person_flaws(person("lin", "", "Lin", Side.GUEST, 1))
    with pytest.raises(Invalid) as english:
        refuse(found)
    assert str(english.value) == "Person “lin”, Given name: must not be empty"
    translation.install(qapp, "zh-Hant")
    words = StandIn()
    QCoreApplication.installTranslator(words)
    try:
        with pytest.raises(Invalid) as chinese:
            refuse(found)
    finally:
        QCoreApplication.removeTranslator(words)
    # The field's label from the catalogue, the rest from the stand-in's templates.
    assert str(chinese.value) == "人員「lin」，名：不可空白"


def test_a_refused_save_says_why_in_the_window_language(qapp: QApplication) -> None:
    refused = InvalidPlan(person_flaws(person("lin", "", "Lin", Side.GUEST, 1)))
    assert str(refused).startswith("This cannot be saved:\n")
    translation.install(qapp, "zh-Hant")
    try:
        said = error_text(refused)
    finally:
        translation.install(qapp, "en")
    assert said.startswith("無法儲存：\n")
    assert "人員「lin」" in said  # the record and its field, in Chinese
    assert error_text(PlannerError("disk full")) == "disk full"

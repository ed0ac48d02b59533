"""The window in Traditional Chinese and back: menus, tabs, vocabulary, dates and name order
follow the language chosen under View ▸ Language, at once, and the choice is remembered."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner import translation
from planner.domain.vocab import EventKind
from planner.services import Planner
from planner.store.database import open_database
from planner.ui.forms import find_country
from planner.ui.main_window import LANGUAGE, MainWindow
from planner.ui.models import ProgrammeTreeModel
from planner.ui.words import label, long_day, sorted_by_name

DEMO_KEY = "mh-state-visit-2025"


@pytest.fixture
def preferences(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo_window(qtbot: QtBot, db_path: Path, preferences: QSettings) -> MainWindow:
    planner = Planner(open_database(db_path))
    planner.add_demo()
    window = MainWindow(planner, preferences)
    qtbot.addWidget(window)
    window.show()
    window.refresh_visits(DEMO_KEY)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def choose_language(window: MainWindow, name: str) -> None:
    """Pick a language from View ▸ Language, as the officer does."""
    action = next(a for a in window.language_menu.actions() if a.text() == name)
    action.trigger()


def test_a_chinese_system_opens_the_window_in_chinese() -> None:
    environment = dict(os.environ, LANG="zh_TW.UTF-8", LC_ALL="", LC_MESSAGES="")
    code = "from planner import translation; print(translation.window_language(None))"
    done = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "zh-Hant"
    assert translation.window_language(None, system="en_US") == "en"
    assert translation.window_language("en", system="zh_TW") == "en"  # the officer's choice


def test_chinese_menus_and_tabs(qapp: QApplication, demo_window: MainWindow) -> None:
    translation.install(qapp, "zh-Hant")
    demo_window.retranslate()
    assert menu_titles(demo_window) == ["檔案(&F)", "編輯(&E)", "訪問(&V)", "檢視(&I)"]
    assert tab_titles(demo_window) == ["概要", "人員", "議程", "座位", "場地"]


def test_switching_back_to_english_at_once_and_remembered(
    demo_window: MainWindow, preferences: QSettings
) -> None:
    demo_window.tabs.setCurrentWidget(demo_window.programme)
    demo_window.programme.select("loi-signing")
    choose_language(demo_window, "繁體中文")
    assert tab_titles(demo_window) == ["概要", "人員", "議程", "座位", "場地"]
    assert preferences.value(LANGUAGE) == "zh-Hant"

    choose_language(demo_window, "English")
    assert menu_titles(demo_window) == ["&File", "&Edit", "&Visit", "V&iew"]
    assert tab_titles(demo_window) == ["Overview", "People", "Programme", "Seating", "Venues"]
    # The same visit, tab and item are shown, and undo still works on the visit.
    assert demo_window.tabs.currentWidget() is demo_window.programme
    selected = demo_window.programme.selected()
    assert selected is not None
    assert selected.key == "loi-signing"
    assert demo_window.editor.plan is not None
    assert demo_window.editor.plan.visit.key == DEMO_KEY
    assert preferences.value(LANGUAGE) == "en"
    assert translation.window_language(preferences.value(LANGUAGE), system="zh_TW") == "en"


def test_vocabulary_labels_show_translated(qapp: QApplication, demo_window: MainWindow) -> None:
    choose_language(demo_window, "繁體中文")
    assert label(EventKind.SIGNING) == "簽署儀式"
    people = demo_window.people.model
    role = next(n for n, column in enumerate(people.columns) if column.title == "Role")
    roles = {people.index(row, role).data() for row in range(people.rowCount())}
    assert "團長" in roles
    assert people.headerData(0, Qt.Orientation.Horizontal) == "方別"


def test_the_day_heading_in_chinese(demo_window: MainWindow) -> None:
    choose_language(demo_window, "繁體中文")
    model: ProgrammeTreeModel = demo_window.programme.model
    headings = {model.days[row].day: model.index(row, 0).data() for row in range(len(model.days))}
    assert headings[date(2025, 6, 4)] == "2025年6月4日（星期三）"
    choose_language(demo_window, "English")
    heading = demo_window.programme.model.index(0, 0).data()
    assert heading == long_day(demo_window.programme.model.days[0].day)
    assert long_day(date(2025, 6, 4)) == "Wednesday 4 June 2025"


def test_names_sort_by_strokes_in_chinese(qapp: QApplication) -> None:
    names = ["蔡英文", "王金平", "丁守中", "林佳龍", "李登輝", "吳釗燮"]
    translation.install(qapp, "zh-Hant")
    assert sorted_by_name(names, str) == [
        "丁守中",
        "王金平",
        "吳釗燮",
        "李登輝",
        "林佳龍",
        "蔡英文",
    ]
    translation.install(qapp, "en")
    assert sorted_by_name(["zeta", "Alpha", "beta"], str) == ["Alpha", "beta", "zeta"]


def test_countries_and_zone_cities_are_named_in_the_window_language(
    demo_window: MainWindow,
) -> None:
    choose_language(demo_window, "繁體中文")
    overview = demo_window.overview.details
    assert overview.guest.currentText() == "馬紹爾群島 (MH)"
    assert overview.zone.currentText().startswith("台北 — 台灣")
    model = demo_window.programme.model
    header = model.headerData(model.HOME_TIME, Qt.Orientation.Horizontal)
    assert header == "台北時間"
    # Typed as an officer would, in either language.
    assert find_country("馬紹爾") == "MH"
    assert find_country("marshall") == "MH"
    choose_language(demo_window, "English")
    assert demo_window.overview.details.guest.currentText() == "Marshall Islands (MH)"


def test_the_visit_list_shows_titles_in_the_window_language(demo_window: MainWindow) -> None:
    def listed() -> str:
        index = demo_window.sorted_visits.index(0, demo_window.visit_table.modelColumn())
        return str(index.data()).split("\n")[0]

    choose_language(demo_window, "繁體中文")
    assert listed() == "馬紹爾群島共和國總統國是訪問"
    choose_language(demo_window, "English")
    assert listed() == "State visit of the President of the Republic of the Marshall Islands"


def test_places_and_the_status_bar_speak_the_window_language(demo_window: MainWindow) -> None:
    """The programme's Where column names the cities the app knows in the window's
    language (a city the officer typed stays as typed), and the status bar names the visit
    by its title in that language."""
    model = demo_window.programme.model

    def where(key: str) -> str:
        index = model.index_of_event(key)
        return str(model.index(index.row(), model.ZONE, index.parent()).data())

    assert where("departure-flight") == "Taoyuan → Majuro"
    choose_language(demo_window, "繁體中文")
    assert where("departure-flight") == "Taoyuan → 馬朱諾"
    demo_window.editor.open(DEMO_KEY)
    assert demo_window.statusBar().currentMessage().startswith("馬紹爾群島共和國總統國是訪問")
    choose_language(demo_window, "English")
    assert where("departure-flight") == "Taoyuan → Majuro"

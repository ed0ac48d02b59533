"""Icons from the desktop's theme, with the project's own drawings where the theme has none."""

from functools import cache

from PySide6.QtGui import QIcon

from planner import APP_ID, paths


@cache
def icon(name: str) -> QIcon:
    """A freedesktop icon name (`edit-undo`), falling back to resources/icons/<name>.svg.
    Made once per name: a programme of thousands of items marks many rows with one icon."""
    fallback = paths.resource("icons", f"{name}.svg")
    return QIcon.fromTheme(name, QIcon(str(fallback)))


def app_icon() -> QIcon:
    return icon(APP_ID)

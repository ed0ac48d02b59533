"""Icons from the desktop's theme, with the project's own drawings where the theme has none."""

from PySide6.QtGui import QIcon

from planner import APP_ID, paths


def icon(name: str) -> QIcon:
    """A freedesktop icon name (`edit-undo`), falling back to resources/icons/<name>.svg."""
    fallback = paths.resource("icons", f"{name}.svg")
    return QIcon.fromTheme(name, QIcon(str(fallback)))


def app_icon() -> QIcon:
    return icon(APP_ID)

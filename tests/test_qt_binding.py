"""The Qt binding itself: guards against releases with bugs that would crash the app."""

import sys

from PySide6.QtGui import QTextCharFormat


def test_calling_a_setter_does_not_steal_a_reference_to_none() -> None:
    """PySide6 6.12.0 released None once per call; Python then aborted mid-print."""
    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(100):
        fmt.setFontPointSize(10.0)
    assert sys.getrefcount(None) >= before

"""What a well-formed value looks like, wherever it comes from: a file, a list, a dialog."""

import re

MAX_TEXT = 20_000
COUNTRY = re.compile(r"[A-Z]{2}")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

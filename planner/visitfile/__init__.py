"""The visit file: one whole visit as JSON, the contract between machines (docs/visit-file.md)."""

from planner.visitfile.reader import FORMAT, VERSION, read_visit_document, read_visit_file
from planner.visitfile.writer import visit_file_bytes, visit_file_document

__all__ = [
    "FORMAT",
    "VERSION",
    "read_visit_document",
    "read_visit_file",
    "visit_file_bytes",
    "visit_file_document",
]

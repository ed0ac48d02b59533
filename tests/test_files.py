"""Writing output files: whole or not at all, through links, keeping permissions."""

import os
import stat
from pathlib import Path

import pytest

from planner.files import write_atomically


def test_a_new_private_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "visit.visit.json"
    write_atomically(target, b"{}", private=True)
    assert target.read_bytes() == b"{}"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "secret.json"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_atomically(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == b"new"


def test_a_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.ics"
    real.write_bytes(b"old")
    link = tmp_path / "link.ics"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_a_pipe_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_atomically(fifo, b"through")
        assert os.read(reader, 100) == b"through"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_errors_name_the_file_asked_for(tmp_path: Path) -> None:
    with pytest.raises(OSError, match=r"missing/folder/out\.ics"):
        write_atomically(tmp_path / "missing" / "folder" / "out.ics", b"x")


def test_a_folder_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError) as caught:
        write_atomically(tmp_path, b"x")
    assert caught.value.filename == str(tmp_path)
    assert list(tmp_path.iterdir()) == []

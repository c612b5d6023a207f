"""Replace a set of outputs as one: staged beside them, swapped in under a journal, recovered after a crash.

A build's outputs are several paths in one folder (``datapackage.json``, ``schemas/``,
``data/processed/``), and no file system renames several paths at once. So:

1. :func:`staged` gives a new folder beside the outputs (same file system, so renames
   are cheap and atomic); the caller writes the whole new set there. A failure or a kill
   now leaves the old set untouched, and the staging folder is removed (or, after a kill,
   by the next writer).
2. :func:`commit` writes a journal (``.syria-news-commit.json``, fsynced, put in place by
   one rename: it exists whole or not at all), then moves each old path into a backup
   folder and each new path into place, then removes the journal. The journal's rename
   is the commit point.
3. :func:`recover`, run by every writer and reader of the folder before it looks, finishes
   a commit that a kill interrupted: the new set is complete in staging before the
   journal exists, so rolling forward is always possible.

So a kill at any moment leaves the old set, the new set, or a journal that the next
``syria-news`` command on the folder rolls forward to the new set, never a mix it reads.
A lock (``flock`` on the folder) keeps two writers of one folder apart.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from syria_news.raw_files import STAGING_PREFIX

JOURNAL = f"{STAGING_PREFIX}commit.json"


class BusyError(OSError):
    """Another process is writing the same output folder."""


def _fsync_tree(root: Path) -> None:
    """Flush every file and folder under ``root`` to disk: the journal must never name
    a staged set that a power cut could leave half-written."""
    for folder, _, names in os.walk(root):
        for name in names:
            fd = os.open(Path(folder) / name, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(folder))


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the output folder's writer lock (``flock`` on the folder itself, so no lock
    file is left behind); a second writer fails at once."""
    fd = os.open(out, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise BusyError(error.errno, f"another syria-news process is writing {out}") from None
        yield
    finally:
        os.close(fd)  # releases the lock


@contextlib.contextmanager
def staged(out: Path) -> Iterator[Path]:
    """A fresh staging folder inside ``out``, removed on the way out whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}staging-", dir=out))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def commit(out: Path, staging: Path, names: tuple[str, ...]) -> None:
    """Move ``names`` (paths relative to ``out``) from ``staging`` into place as one set."""
    _fsync_tree(staging)
    backup = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}previous-", dir=out))
    journal = {"staging": staging.name, "backup": backup.name, "names": list(names)}
    partial = out / f"{JOURNAL}.partial"
    partial.write_text(json.dumps(journal), encoding="utf-8")
    fd = os.open(partial, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, out / JOURNAL)  # the commit point
    _fsync_dir(out)
    _roll_forward(out, journal)


def _roll_forward(out: Path, journal: dict) -> None:
    """Finish a journaled commit; safe to repeat after a kill at any step of it."""
    staging, backup = out / journal["staging"], out / journal["backup"]
    for name in journal["names"]:
        new, old, kept = staging / name, out / name, backup / name
        if not (new.exists() or new.is_symlink()):
            continue  # moved in before the kill
        if old.exists() or old.is_symlink():
            if kept.exists():
                _remove(old)  # the old one is kept already: this is debris
            else:
                kept.parent.mkdir(parents=True, exist_ok=True)
                os.replace(old, kept)
        old.parent.mkdir(parents=True, exist_ok=True)
        os.replace(new, old)
    _fsync_dir(out)
    (out / JOURNAL).unlink()
    shutil.rmtree(backup, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def recover(out: Path) -> bool:
    """Finish an interrupted commit in ``out`` and clear the debris of killed builds;
    return whether a commit was finished. A folder another writer holds is left to it."""
    if not out.is_dir() or not any(p.name.startswith(STAGING_PREFIX) for p in out.iterdir()):
        return False  # the common case: nothing was interrupted here
    try:
        with locked(out):
            return recover_locked(out)
    except BusyError:
        return False


def recover_locked(out: Path) -> bool:
    """:func:`recover` for a caller that holds the lock. Leftover staging and backup
    folders (a build killed before its commit point, or after it) are removed only under
    the lock, so a running build's staging folder is never touched."""
    journal_path = out / JOURNAL
    finished = False
    if journal_path.exists():
        _roll_forward(out, json.loads(journal_path.read_text(encoding="utf-8")))
        finished = True
    for leftover in out.iterdir():
        if leftover.name.startswith(STAGING_PREFIX):
            _remove(leftover)
    return finished

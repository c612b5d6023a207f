"""The raw folder as a list of entries: every path under it accounted for, none read in a way that can block.

``scan_raw(raw, exclude)`` walks the folder (without following links to folders) and
returns one :class:`RawEntry` per path, in sorted order: a regular file to read, or a
path that is no page with the reason why (a FIFO, socket or device; a folder or file it
cannot read; a link that dangles, loops, leaves the raw folder or names a folder).
``read_bounded`` reads a file through a descriptor opened without blocking, checks that it
is a regular file, and never reads more than the size limit allows, whatever ``stat`` says.

File names are reported as ``shown``: the name as text, with the bytes of a name that is
not UTF-8 written as ``\\xff`` escapes, so a report and a frame never hold an
unencodable string; ``name`` keeps the real name to open.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

# Bytes read at a time: large enough to read a typical page in one call.
READ_BLOCK = 1 << 20
# Names of the files and folders a build writes into its output folder (package.py).
OUTPUT_NAMES = ("datapackage.json", "schemas", "data/processed")
# Prefix of the folders a build stages its outputs in, beside them (package.py).
STAGING_PREFIX = ".syria-news-"
# The build's cache of per-file results, in the output folder (cache.py): no output, no input.
CACHE_FOLDER = ".cache"


class TooLarge(Exception):
    """A file over the size limit."""


class NotRegular(Exception):
    """A path that is not a regular file when opened (a FIFO, a device...): the kind."""


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One path under the raw folder: ``name`` relative and '/'-separated, as the file
    system gives it; ``reason`` why it is no page, or None for a file to read; ``size``
    from a remote folder's listing (a local file's is taken when it is opened)."""

    name: str
    reason: str | None = None
    size: int | None = None

    @property
    def shown(self) -> str:
        return shown_name(self.name)


@dataclass
class Scan:
    entries: list[RawEntry] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)  # build outputs under the raw folder


class Unreachable(Exception):
    """A raw folder that cannot be listed (missing, not a folder, a store out of reach), with a one-line reason."""


@dataclass(frozen=True, slots=True)
class LocalFolder:
    """The raw folder at a local path: listed by :func:`scan_raw`, read by :func:`read_bounded`.

    It and :class:`syria_news.remote_raw.RemoteFolder` answer the same calls, so the build,
    the cache and the Dask engine never ask which they have."""

    path: Path

    def __str__(self) -> str:
        return str(self.path)

    @property
    def local_root(self) -> str:
        """The folder as text, for joins cheaper than a Path per file; its files' inodes and
        change times can be trusted to know them again (the cache's stat index)."""
        return os.fspath(self.path)

    def resolved(self) -> LocalFolder:
        """The folder by its absolute path, for worker processes that start elsewhere."""
        return LocalFolder(self.path.resolve())

    def scan(self, out: str | os.PathLike[str] | None = None) -> Scan:
        """Every path under the folder; the build outputs of ``out`` when it lies inside are listed apart."""
        if not self.path.exists():
            raise Unreachable(f"raw folder not found: {self.path} (pass --raw DIR, a folder of raw page files)")
        if not self.path.is_dir():
            raise Unreachable(f"not a folder: {self.path} (pass --raw DIR, a folder of raw page files)")
        return scan_raw(self.path, output_paths(self.path, out))

    def read(self, entry: RawEntry, max_bytes: int) -> bytes:
        """The bytes of one file, bounded (:func:`read_bounded`)."""
        return read_bounded(self.path / entry.name, max_bytes)


def shown_name(name: str) -> str:
    r"""A file name as text that any UTF-8 writer accepts: undecodable bytes as escapes.

    >>> shown_name("bad\udcff.txt")
    'bad\\xff.txt'
    >>> shown_name("خبر.txt")
    'خبر.txt'
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def kind_of(mode: int) -> str:
    """What a non-regular path is, in a word or two."""
    for test, kind in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"), (stat.S_ISDIR, "folder")):
        if test(mode):
            return kind
    return "special file"


def output_paths(raw: Path, out: str | os.PathLike[str] | None) -> tuple[str, ...]:
    """The build outputs' paths relative to ``raw`` when ``out`` lies inside it, else none."""
    if out is None:
        return ()
    try:
        inner = Path(out).resolve().relative_to(raw.resolve())
    except (ValueError, OSError):
        return ()
    prefix = "" if inner == Path(".") else inner.as_posix() + "/"
    return tuple(prefix + name for name in (*OUTPUT_NAMES, CACHE_FOLDER)) + (prefix + STAGING_PREFIX,)


def _excluded(name: str, exclude: tuple[str, ...]) -> bool:
    return any(name == e or name.startswith(e + "/") or (e.endswith(STAGING_PREFIX) and name.startswith(e)) for e in exclude)


def scan_raw(raw: Path, exclude: tuple[str, ...] = ()) -> Scan:
    """Every path under ``raw`` as a :class:`RawEntry`, sorted by name; the paths in
    ``exclude`` (build outputs, with what lies under them) are listed apart."""
    scan = Scan()
    root = os.path.realpath(raw)
    folders = [""]  # a stack, not recursion: any depth of folders
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(raw / folder if folder else raw) as listing:
                children = list(listing)
        except OSError as error:
            scan.entries.append(RawEntry(folder + "/", f"unreadable folder: {error.strerror or error}"))
            continue
        for child in children:
            name = f"{folder}/{child.name}" if folder else child.name
            if _excluded(name, exclude):
                if name.rsplit("/", 1)[-1] != CACHE_FOLDER:  # the cache comes and goes with --no-cache: not in the report, whose bytes would change
                    scan.excluded.append(shown_name(name))
                continue
            try:
                if child.is_symlink():
                    scan.entries.append(RawEntry(name, _link_reason(raw / name, root)))
                elif child.is_dir(follow_symlinks=False):
                    folders.append(name)
                elif child.is_file(follow_symlinks=False):
                    scan.entries.append(RawEntry(name))
                else:
                    scan.entries.append(RawEntry(name, f"not a regular file: {kind_of(child.stat(follow_symlinks=False).st_mode)}"))
            except OSError as error:
                scan.entries.append(RawEntry(name, f"unreadable: {error.strerror or error}"))
    scan.entries.sort(key=lambda e: e.name)
    scan.excluded.sort()
    return scan


def _link_reason(link: Path, root: str) -> str | None:
    """Why a symbolic link is no page, or None when it names a regular file inside the raw folder."""
    try:
        target = os.path.realpath(link, strict=True)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        return "dangling symbolic link" if isinstance(error, FileNotFoundError) else f"unreadable link: {error.strerror or error}"
    if os.path.commonpath([root, target]) != root:
        return "symbolic link that leaves the raw folder"
    mode = os.stat(target).st_mode
    if stat.S_ISDIR(mode):
        return "symbolic link to a folder (not followed)"
    if not stat.S_ISREG(mode):
        return f"symbolic link to a {kind_of(mode)}"
    return None


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``.

    Opened with O_NONBLOCK, so a FIFO put in the file's place never blocks the open, and
    checked on the open descriptor (no race with the scan); read in blocks up to one byte
    past the limit, so a file whose size ``stat`` understates (``/proc``, a growing file)
    is still refused.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(kind_of(info.st_mode))
        if info.st_size > max_bytes:
            raise TooLarge(f"too large: {info.st_size:,} bytes, over the {max_bytes:,}-byte limit")
        blocks, total = [], 0
        while total <= max_bytes:
            block = os.read(fd, min(READ_BLOCK, max_bytes + 1 - total))
            if not block:
                break
            blocks.append(block)
            total += len(block)
        if total > max_bytes:
            raise TooLarge(f"too large: more than {max_bytes:,} bytes, the limit")
        return b"".join(blocks)
    finally:
        os.close(fd)

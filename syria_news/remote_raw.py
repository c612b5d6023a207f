"""A raw folder at an fsspec URL (``s3://bucket/pages``, ``gs://...``, ``memory://...``): listed and read as :mod:`syria_news.raw_files` lists and reads a local one.

Any filesystem fsspec knows works when its package is installed (``s3fs`` for ``s3://``;
``pip install "syria-news[s3]"``). Credentials and endpoints come from the filesystem's
usual places, on the client and on every Dask worker alike: for S3 the ``AWS_*``
variables and files (``AWS_ENDPOINT_URL`` for a store other than Amazon's), and any
fsspec option as ``FSSPEC_<PROTOCOL>_<OPTION>``. A :class:`RemoteFolder` is only its URL,
so it travels to worker processes as a few bytes; each process opens the filesystem once.

An object store has no links, devices or FIFOs: every object under the prefix is a file,
named by its key after the prefix, exactly as the same files in a local folder would be,
so a build over a copy of a folder in a bucket is byte for byte the local build.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from syria_news.messages import error_line
from syria_news.raw_files import LocalFolder, RawEntry, Scan, TooLarge, Unreachable

__all__ = ["RawFolder", "RemoteFolder", "Unreachable", "raw_folder"]


@dataclass(frozen=True, slots=True)
class RemoteFolder:
    """The raw folder at ``url`` (a scheme other than ``file://``); answers the calls of a
    :class:`~syria_news.raw_files.LocalFolder`."""

    url: str

    def __str__(self) -> str:
        return self.url

    @property
    def local_root(self) -> None:
        """None: an object store has no inode or change time to trust (the cache reads each object to know it)."""
        return None

    def resolved(self) -> RemoteFolder:
        return self

    def scan(self, out: str | os.PathLike[str] | None = None) -> Scan:
        """Every object under the folder, sorted by name, as :func:`scan_raw` gives a local folder's files
        (no build writes into a bucket: ``out`` excludes nothing)."""
        fs, root = self._open()
        try:
            found = fs.find(root, withdirs=False, detail=True)
        except FileNotFoundError:
            raise Unreachable(f"raw folder not found: {self.url}") from None
        except Exception as error:  # noqa: BLE001 - a store can fail in many ways (credentials, network): one line
            raise Unreachable(f"cannot list {self.url}: {error_line(error)}") from None
        if root in found:
            raise Unreachable(f"not a folder: {self.url} (pass --raw DIR, a folder of raw page files)")
        scan = Scan()
        for path, info in found.items():
            name = path.removeprefix(root.rstrip("/") + "/")
            if info.get("type") == "file":
                scan.entries.append(RawEntry(name, size=info.get("size")))
            else:
                scan.entries.append(RawEntry(name, f"not a regular file: {info.get('type')}"))
        scan.entries.sort(key=lambda e: e.name)
        return scan

    def read(self, entry: RawEntry, max_bytes: int) -> bytes:
        """The bytes of one object of at most ``max_bytes``; the refusals and messages of
        :func:`read_bounded`. Problems of the store are an ``OSError`` of one line."""
        if entry.size is not None and entry.size > max_bytes:
            raise TooLarge(f"too large: {entry.size:,} bytes, over the {max_bytes:,}-byte limit")
        if entry.size == 0:  # a ranged read of an empty object is an error on S3
            return b""
        fs, root = self._open()
        try:
            data = fs.cat_file(f"{root.rstrip('/')}/{entry.name}", start=0, end=max_bytes + 1)
        except FileNotFoundError:
            raise OSError("gone since the folder was listed") from None
        except Exception as error:  # noqa: BLE001 - as for the listing
            raise OSError(error_line(error)) from None
        if len(data) > max_bytes:  # grown since the listing
            raise TooLarge(f"too large: more than {max_bytes:,} bytes, the limit")
        return bytes(data)

    def _open(self) -> tuple[Any, str]:
        return _filesystem(self.url)


@functools.lru_cache(maxsize=8)
def _filesystem(url: str) -> tuple[Any, str]:
    """The fsspec filesystem and root path of a URL, once per process."""
    import fsspec

    try:
        return fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as error:  # the filesystem's package missing, a scheme fsspec does not know
        scheme = url.split("://", 1)[0]
        raise Unreachable(f"{url}: cannot open {scheme}:// ({error_line(error)})") from None


RawFolder = LocalFolder | RemoteFolder


def raw_folder(raw_dir: str | os.PathLike[str]) -> RawFolder:
    """The raw folder: a local path (a path, or a ``file://`` URL), or a remote one at any other URL.

    >>> raw_folder("file:///data/raw%20pages")
    LocalFolder(path=PosixPath('/data/raw pages'))
    >>> raw_folder("s3://bucket/pages/")
    RemoteFolder(url='s3://bucket/pages')
    """
    text = os.fspath(raw_dir)
    scheme = text.split("://", 1)[0] if "://" in text else ""
    if scheme == "file":
        from urllib.parse import unquote, urlsplit

        return LocalFolder(Path(unquote(urlsplit(text).path)))
    if scheme:
        return RemoteFolder(text.rstrip("/"))
    return LocalFolder(Path(text))


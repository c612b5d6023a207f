"""``--raw s3://...``: a raw folder in an object store, read through fsspec.

What stands in for Amazon S3: moto's S3 server (``moto.server.ThreadedMotoServer``) on
127.0.0.1, reached by the real ``s3fs`` client through ``AWS_ENDPOINT_URL``. Everything
else is real: the build, the cache, a ``LocalCluster`` and ``dask scheduler`` / ``dask
worker`` processes, whose workers read the bucket themselves.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import s3fs  # the test extra's: these tests run in CI, never skipped
from moto.server import ThreadedMotoServer

from syria_news import pipeline, remote_raw
from syria_news.cli import main
from test_build import MIXED, read_outputs, variant, write
from test_dask import Cluster, _closed_port


# The files of test_build's mixed folder (parsed, duplicate, empty, binary, not UTF-8, other
# outlets), a page under an Arabic name, one over the size limit, and enough pages for
# several chunks.
FILES: dict[str, Any] = MIXED | {"عربي/خبر.txt": variant("عنوان باسم عربي"), "big/large.txt": variant("كبير", body="نص " * 5000)}
FILES |= {f"many/p{i:02d}.txt": variant(f"عنوان رقم {i}", ticker=f"خبر {i % 4} (مصدر) - 10:0{i % 4}") for i in range(40)}
MAX_BYTES = "20000"
ENV = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}


@pytest.fixture(scope="module")
def s3() -> Iterator[Any]:
    """A moto S3 server on loopback holding the files under ``s3://raw-pages/pages/``; the
    environment points every client at it (worker processes started later inherit it)."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    saved = {name: os.environ.get(name) for name in [*ENV, "AWS_ENDPOINT_URL"]}
    os.environ.update(ENV, AWS_ENDPOINT_URL=f"http://{host}:{port}")
    try:
        fs = s3fs.S3FileSystem(skip_instance_cache=True)
        fs.mkdir("raw-pages")
        fs.pipe({f"raw-pages/pages/{name}": content.encode("utf-8") if isinstance(content, str) else content for name, content in FILES.items()})
        fs.pipe({"raw-pages/one-page.txt": variant("صفحة وحيدة").encode("utf-8")})
        yield fs
    finally:
        server.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture(scope="module")
def local_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The same files built from a local folder."""
    raw = write(tmp_path_factory.mktemp("remote") / "raw", FILES)
    out = tmp_path_factory.mktemp("local")
    assert main(["build", str(raw), "--out", str(out), "--quiet", "--no-cache", "--max-bytes", MAX_BYTES]) == 0
    return read_outputs(out)


def test_a_bucket_builds_the_bytes_of_the_same_files_in_a_local_folder(s3: Any, local_outputs: dict[str, bytes], tmp_path: Path) -> None:
    assert main(["build", "--raw", "s3://raw-pages/pages/", "--out", str(tmp_path), "--quiet", "--no-cache", "--max-bytes", MAX_BYTES]) == 0
    assert read_outputs(tmp_path) == local_outputs
    report = (tmp_path / "data" / "processed" / "build_report.json").read_text(encoding="utf-8")
    assert '"path": "big/large.txt"' in report and "over the 20,000-byte limit" in report
    assert '"path": "عربي/خبر.txt"' in report


def test_dask_workers_read_the_bucket_themselves(s3: Any, local_outputs: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "CHUNK", 8)
    out = tmp_path / "local-cluster"
    assert main(["build", "--raw", "s3://raw-pages/pages", "--out", str(out), "--quiet", "--no-cache", "--max-bytes", MAX_BYTES, "--engine", "dask", "--jobs", "2"]) == 0
    assert read_outputs(out) == local_outputs
    cluster = Cluster(tmp_path, workers=2)  # `dask scheduler` and `dask worker` processes
    try:
        out = tmp_path / "running-cluster"
        assert main(["build", "--raw", "s3://raw-pages/pages", "--out", str(out), "--quiet", "--no-cache", "--max-bytes", MAX_BYTES, "--scheduler", cluster.address]) == 0
    finally:
        cluster.stop()
    assert read_outputs(out) == local_outputs


def test_the_cache_reuses_unchanged_objects_and_parses_a_changed_one(s3: Any, local_outputs: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["build", "--raw", "s3://raw-pages/pages", "--out", str(tmp_path), "--max-bytes", MAX_BYTES]
    assert main(args) == 0
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"cache: {len(FILES) - 1} of {len(FILES)} files reused" in out, out  # all but the one over the limit
    assert read_outputs(tmp_path) == local_outputs
    s3.pipe_file("raw-pages/pages/2019/other.txt", variant("عنوان آخر تغير").encode("utf-8"))
    try:
        assert main(args) == 0
        assert f"cache: {len(FILES) - 2} of {len(FILES)} files reused" in capsys.readouterr().out
        assert "عنوان آخر تغير" in (tmp_path / "data" / "processed" / "articles.csv").read_text(encoding="utf-8")
    finally:
        s3.pipe_file("raw-pages/pages/2019/other.txt", variant("عنوان آخر").encode("utf-8"))  # as MIXED has it


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("s3://no-such-bucket/pages", "raw folder not found: s3://no-such-bucket/pages"),
        ("s3://raw-pages/no-such-prefix", "no files under s3://raw-pages/no-such-prefix: nothing to build"),
        ("s3://raw-pages/one-page.txt", "not a folder: s3://raw-pages/one-page.txt (pass --raw DIR, a folder of raw page files)"),
        ("nosuchfs://bucket/pages", "nosuchfs://bucket/pages: cannot open nosuchfs:// (Protocol not known: nosuchfs)"),
    ],
)
def test_a_folder_that_cannot_be_read_is_one_line(s3: Any, url: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--raw", url, "--out", str(tmp_path), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err == f"syria-news build: error: {message}\n"
    assert not (tmp_path / "datapackage.json").exists()


def test_an_unreachable_store_is_one_line_in_bounded_time(s3: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{_closed_port()}")
    _forget_clients()  # a client made before would still reach the server
    try:
        started = time.monotonic()
        assert main(["build", "--raw", "s3://elsewhere/pages", "--out", str(tmp_path), "--quiet"]) == 2
        assert time.monotonic() - started < 60
    finally:
        _forget_clients()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("syria-news build: error: cannot list s3://elsewhere/pages: Could not connect")


def _forget_clients() -> None:
    remote_raw._filesystem.cache_clear()
    s3fs.S3FileSystem.clear_instance_cache()

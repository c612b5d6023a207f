"""``syria-news build --engine dask`` and ``--scheduler``: a real LocalCluster, and real ``dask scheduler`` / ``dask worker`` processes on 127.0.0.1."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from syria_news import dask_engine, pipeline
from syria_news.cli import main
from test_build import read_outputs, variant, write

DASK = Path(sys.executable).with_name("dask")
PAGES = {f"{i % 5}/p{i:03d}.txt": variant(f"عنوان رقم {i}", ticker=f"خبر {i % 7} (مصدر) - 10:0{i % 7}") for i in range(160)} | {"broken/empty.txt": ""}


@pytest.fixture(scope="module")
def raw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(tmp_path_factory.mktemp("dask") / "raw", PAGES)


@pytest.fixture(scope="module")
def local_outputs(raw: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("local")
    assert main(["build", str(raw), "--out", str(out), "--quiet", "--no-cache"]) == 0
    return read_outputs(out)


class Cluster:
    """A ``dask scheduler`` and ``dask worker`` processes, started from the venv's ``dask`` command."""

    def __init__(self, folder: Path, workers: int) -> None:
        self.folder = folder
        scheduler_file = folder / "scheduler.json"
        self.scheduler = self._start([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(scheduler_file)], "scheduler")
        deadline = time.monotonic() + 60
        while not scheduler_file.is_file() or not scheduler_file.read_text():
            assert time.monotonic() < deadline and self.scheduler.poll() is None, "the dask scheduler did not start"
            time.sleep(0.1)
        self.address = json.loads(scheduler_file.read_text())["address"]
        # No nanny: a killed worker stays dead, as a lost machine would.
        self.workers = [
            self._start([str(DASK), "worker", self.address, "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard"], f"worker{i}")
            for i in range(workers)
        ]
        self.wait_for_workers(workers)

    def _start(self, command: list[str], name: str) -> subprocess.Popen[bytes]:
        log = open(self.folder / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
        return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)

    def wait_for_workers(self, n: int) -> None:
        from distributed import Client

        with Client(self.address, timeout=30) as client:
            client.wait_for_workers(n, timeout=60)

    def stop(self) -> None:
        for process in [*self.workers, self.scheduler]:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=30)


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    started = Cluster(tmp_path, workers=2)
    try:
        yield started
    finally:
        started.stop()


def test_a_local_cluster_writes_the_local_build_bytes(raw: Path, local_outputs: dict[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "CHUNK", 16)  # several chunks per worker
    assert main(["build", str(raw), "--out", str(tmp_path), "--quiet", "--no-cache", "--engine", "dask", "--jobs", "2"]) == 0
    assert read_outputs(tmp_path) == local_outputs


def test_a_running_cluster_writes_the_local_build_bytes_and_survives_a_killed_worker(
    raw: Path, local_outputs: dict[str, bytes], cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "CHUNK", 4)  # 41 chunks: the kill lands mid-build
    assert main(["build", str(raw), "--out", str(tmp_path / "whole"), "--quiet", "--no-cache", "--scheduler", cluster.address]) == 0
    assert read_outputs(tmp_path / "whole") == local_outputs

    real, taken = dask_engine._result, []

    def kill_a_worker_after_the_first_chunk(*args):  # noqa: ANN002, ANN202
        chunk = real(*args)
        taken.append(chunk)
        if len(taken) == 1:
            cluster.workers[0].send_signal(signal.SIGKILL)
        return chunk

    monkeypatch.setattr(dask_engine, "_result", kill_a_worker_after_the_first_chunk)
    assert main(["build", str(raw), "--out", str(tmp_path / "killed"), "--quiet", "--no-cache", "--scheduler", cluster.address]) == 0
    assert cluster.workers[0].wait(timeout=10) == -signal.SIGKILL
    assert read_outputs(tmp_path / "killed") == local_outputs  # no page lost, none counted twice
    assert sum(chunk.results.height for chunk in taken) == len(PAGES)


def test_a_cluster_that_loses_every_worker_fails_in_one_line_and_leaves_the_outputs(
    raw: Path, local_outputs: dict[str, bytes], cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["build", str(raw), "--out", str(out), "--quiet", "--no-cache"]) == 0
    monkeypatch.setattr(pipeline, "CHUNK", 4)
    monkeypatch.setattr(dask_engine, "NO_WORKERS_TIMEOUT", 3)
    real = dask_engine._result

    def kill_every_worker(*args):  # noqa: ANN002, ANN202
        for worker in cluster.workers:
            worker.send_signal(signal.SIGKILL)
        return real(*args)

    monkeypatch.setattr(dask_engine, "_result", kill_every_worker)
    capsys.readouterr()
    assert main(["build", str(raw), "--out", str(out), "--quiet", "--no-cache", "--scheduler", cluster.address]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "has had no workers" in err and "Traceback" not in err, err
    assert read_outputs(out) == local_outputs  # the previous outputs, whole


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_scheduler_is_a_one_line_error_in_bounded_time(raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 2)
    started = time.monotonic()
    address = f"tcp://127.0.0.1:{_closed_port()}"
    assert main(["build", str(raw), "--out", str(tmp_path), "--quiet", "--scheduler", address]) == 2
    assert time.monotonic() - started < 20
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"cannot reach the Dask scheduler at {address}" in err
    assert not (tmp_path / "datapackage.json").exists()


def test_the_dask_engine_without_dask_names_the_extra(raw: Path, tmp_path: Path) -> None:
    """A real interpreter in which ``distributed`` cannot be imported."""
    code = "import sys; sys.modules['distributed'] = None; from syria_news.cli import main; sys.exit(main(sys.argv[1:]))"
    run = subprocess.run([sys.executable, "-c", code, "build", str(raw), "--out", str(tmp_path), "--quiet", "--engine", "dask"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert run.stderr == 'syria-news build: error: the dask engine needs Dask: pip install "syria-news[dask]"\n'


def test_a_file_url_is_a_raw_folder_and_an_unknown_scheme_is_refused_in_one_line(raw: Path, local_outputs: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--raw", raw.as_uri(), "--out", str(tmp_path / "out"), "--quiet", "--no-cache"]) == 0
    assert read_outputs(tmp_path / "out") == local_outputs
    capsys.readouterr()
    assert main(["build", "--raw", "nosuchfs://bucket/pages", "--out", str(tmp_path / "other"), "--quiet", "--engine", "dask"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot open nosuchfs://" in err  # object stores: test_remote_raw.py

"""A stand-in for the Hugging Face Hub's HTTP API, on loopback, for tests that have no internet.

What it is: a threaded ``http.server`` on 127.0.0.1 (a free port) that keeps dataset
repositories in memory (commits, the ``main`` branch, tags) and answers the requests
the real ``huggingface_hub`` client (``HfApi(endpoint=...)``, ``hf_hub_download``,
``snapshot_download``, ``HfFileSystem``) and ``datasets.load_dataset`` send for:

* writing: ``create_repo``, README metadata validation, ``preupload``, the NDJSON
  ``commit`` API, ``create_tag``, ``list_repo_refs``;
* reading: repository info at a revision, ``tree`` listings, ``paths-info`` and
  ``resolve`` downloads (HEAD and GET, with ``Range``).

What it is not: the Hub. It answers every ``preupload`` with ``"regular"``, so files
travel base64 inside the NDJSON commit and no LFS or Xet upload happens (the real Hub
answers ``"lfs"`` for Parquet files and the client then uploads them through Xet: that
path is the client's and is not exercised here). It does not validate card
metadata (that is an online check), keep history beyond what the requests above need,
know models or Spaces, paginate, or check anything of a token but that writes carry
the one it was started with. Requests it does not know get a 404 and are kept in
``unknown`` so a test can show what a newer client asked for.

Use::

    with HubStandIn(token="hf_test") as hub:
        HfApi(endpoint=hub.endpoint, token="hf_test").create_repo("org/name", repo_type="dataset")
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

# /api/datasets/<org>/<name>/<operation>/<revision>[/<path>]; the revision is URL-quoted.
_API_REPO = re.compile(
    r"""^/api/datasets/(?P<repo>[^/]+/[^/]+)
        (?: /(?P<op>preupload|commit|tag|paths-info|revision|tree)/(?P<rev>[^/]+)(?:/(?P<path>.*))?
          | /(?P<refs>refs) )?$""",
    re.VERBOSE,
)
_RESOLVE = re.compile(r"^/datasets/(?P<repo>[^/]+/[^/]+)/resolve/(?P<rev>[^/]+)/(?P<path>.+)$")
_RANGE = re.compile(r"^bytes=(?P<start>\d+)-(?P<end>\d*)$")


def git_blob_oid(data: bytes) -> str:
    """The id git gives a file's bytes, as the Hub reports it for regular files.

    >>> git_blob_oid(b"")
    'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'
    """
    return hashlib.sha1(b"blob %d\x00" % len(data) + data).hexdigest()


@dataclass
class Repo:
    """One dataset repository: commits (id -> files), its branch head and its tags."""

    repo_id: str
    commits: dict[str, dict[str, bytes]] = field(default_factory=dict)
    messages: dict[str, str] = field(default_factory=dict)
    branches: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)

    def commit(self, files: dict[str, bytes], message: str, parent: str | None) -> str:
        digest = hashlib.sha1(f"{parent}\n{message}\n".encode())
        for path in sorted(files):
            digest.update(f"{path}\0{git_blob_oid(files[path])}\n".encode())
        oid = digest.hexdigest()
        self.commits[oid], self.messages[oid] = dict(files), message
        self.branches["main"] = oid
        return oid

    def resolve(self, revision: str) -> str | None:
        """A branch, a tag or a full commit id -> the commit id (None if unknown)."""
        revision = unquote(revision)
        for refs in (self.branches, self.tags):
            if revision in refs:
                return refs[revision]
        return revision if revision in self.commits else None


class HubStandIn:
    """Start with ``with HubStandIn() as hub``; ``hub.endpoint`` is its base URL."""

    def __init__(self, token: str | None = None) -> None:
        self.token = token
        self.repos: dict[str, Repo] = {}
        self.unknown: list[str] = []
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def endpoint(self) -> str:
        assert self._server is not None, "the stand-in is not running"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> HubStandIn:
        standin = self

        class Handler(_Handler):
            hub = standin

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="hub-standin", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)


class _Handler(BaseHTTPRequestHandler):
    """Routes one request; every answer carries Content-Length (HTTP/1.1 keep-alive)."""

    protocol_version = "HTTP/1.1"
    hub: HubStandIn

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass  # quiet: pytest shows failures, not access logs

    # --- plumbing -------------------------------------------------------------------

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _send(self, status: int, payload: object = None, *, body: bytes | None = None, headers: dict[str, str] | None = None) -> None:
        if body is None:
            body = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if payload is not None else "application/octet-stream")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, code: str, message: str) -> None:
        self._send(status, {"error": message}, headers={"X-Error-Code": code, "X-Error-Message": message})

    def _authorized(self) -> bool:
        if self.hub.token is None or self.headers.get("Authorization") == f"Bearer {self.hub.token}":
            return True
        self._error(HTTPStatus.UNAUTHORIZED, "Unauthorized", "writes need the stand-in's token")
        return False

    def _unknown(self) -> None:
        self.hub.unknown.append(f"{self.command} {self.path}")
        self._send(HTTPStatus.NOT_FOUND, {"error": f"the stand-in does not serve {self.command} {self.path}"})

    def _repo(self, repo_id: str) -> Repo | None:
        repo = self.hub.repos.get(repo_id)
        if repo is None:
            self._error(HTTPStatus.NOT_FOUND, "RepoNotFound", f"Repository {repo_id} not found")
        return repo

    def _files_at(self, repo: Repo, revision: str) -> tuple[str, dict[str, bytes]] | None:
        oid = repo.resolve(revision)
        if oid is None:
            self._error(HTTPStatus.NOT_FOUND, "RevisionNotFound", f"Invalid rev id: {unquote(revision)}")
            return None
        return oid, repo.commits[oid]

    # --- verbs ----------------------------------------------------------------------

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        with self.hub.lock:
            if match := _RESOLVE.match(url.path):
                return self._resolve(match["repo"], match["rev"], unquote(match["path"]))
            match = _API_REPO.match(url.path)
            if match is None or (repo := self._repo(match["repo"])) is None:
                return None if match else self._unknown()
            if match["refs"]:
                return self._refs(repo)
            if match["op"] is None:  # /api/datasets/<repo>: the info of main
                return self._info(repo, "main")
            if match["op"] == "revision":
                return self._info(repo, match["rev"])
            if match["op"] == "tree":
                recursive = parse_qs(url.query).get("recursive", ["false"])[0].lower() in ("1", "true")
                return self._tree(repo, match["rev"], unquote(match["path"] or ""), recursive)
        return self._unknown()

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        body = self._body()
        with self.hub.lock:
            if url.path == "/api/validate-yaml":
                return self._send(HTTPStatus.OK, {"errors": [], "warnings": []})
            if url.path == "/api/repos/create":
                return self._create(json.loads(body))
            match = _API_REPO.match(url.path)
            if match is None or match["op"] not in ("preupload", "commit", "tag", "paths-info"):
                return self._unknown()
            if match["op"] == "paths-info":
                if (repo := self._repo(match["repo"])) is not None:
                    self._paths_info(repo, match["rev"], body, self.headers.get("Content-Type", ""))
                return None
            if not self._authorized() or (repo := self._repo(match["repo"])) is None:
                return None
            if match["op"] == "preupload":
                return self._preupload(repo, match["rev"], json.loads(body))
            if match["op"] == "commit":
                return self._commit(repo, match["rev"], body)
            return self._tag(repo, match["rev"], json.loads(body))

    # --- writing --------------------------------------------------------------------

    def _create(self, payload: dict) -> None:
        if not self._authorized():
            return
        if payload.get("type") != "dataset":
            return self._send(HTTPStatus.BAD_REQUEST, {"error": "the stand-in keeps dataset repositories only"})
        repo_id = f"{payload['organization']}/{payload['name']}" if payload.get("organization") else payload["name"]
        url = f"{self.hub.endpoint}/datasets/{repo_id}"
        if repo_id in self.hub.repos:
            return self._send(HTTPStatus.CONFLICT, {"error": "You already created this dataset repo", "url": url})
        repo = self.hub.repos[repo_id] = Repo(repo_id)
        repo.commit({}, "initial commit", parent=None)
        self._send(HTTPStatus.OK, {"url": url, "name": repo_id})

    def _preupload(self, repo: Repo, revision: str, payload: dict) -> None:
        found = self._files_at(repo, revision)
        if found is None:
            return
        files = found[1]
        self._send(
            HTTPStatus.OK,
            {
                "files": [
                    {
                        "path": f["path"],
                        "uploadMode": "regular",  # never LFS/Xet: bytes come inside the commit
                        "shouldIgnore": False,
                        "oid": git_blob_oid(files[f["path"]]) if f["path"] in files else None,
                    }
                    for f in payload["files"]
                ]
            },
        )

    def _commit(self, repo: Repo, revision: str, body: bytes) -> None:
        if unquote(revision) != "main":
            return self._send(HTTPStatus.BAD_REQUEST, {"error": "the stand-in commits to main only"})
        lines = [json.loads(line) for line in body.splitlines() if line.strip()]
        header = next(line["value"] for line in lines if line["key"] == "header")
        parent = repo.branches["main"]
        files = dict(repo.commits[parent])
        for line in lines:
            key, value = line["key"], line["value"]
            if key == "file":
                files[value["path"]] = base64.b64decode(value["content"])
            elif key == "deletedFile":
                files.pop(value["path"], None)
            elif key != "header":  # lfsFile, deletedFolder...: not needed, so not faked
                return self._send(HTTPStatus.BAD_REQUEST, {"error": f"the stand-in does not take {key!r} operations"})
        oid = repo.commit(files, header["summary"], parent=parent)
        self._send(HTTPStatus.OK, {"success": True, "commitOid": oid, "commitUrl": f"{self.hub.endpoint}/datasets/{repo.repo_id}/commit/{oid}"})

    def _tag(self, repo: Repo, revision: str, payload: dict) -> None:
        oid = repo.resolve(revision)
        if oid is None:
            return self._error(HTTPStatus.NOT_FOUND, "RevisionNotFound", f"Invalid rev id: {unquote(revision)}")
        if payload["tag"] in repo.tags:
            return self._send(HTTPStatus.CONFLICT, {"error": f"Tag {payload['tag']} already exists"})
        repo.tags[payload["tag"]] = oid
        self._send(HTTPStatus.OK, {})

    # --- reading --------------------------------------------------------------------

    def _refs(self, repo: Repo) -> None:
        def refs(kind: str, names: dict[str, str]) -> list[dict[str, str]]:
            return [{"name": name, "ref": f"refs/{kind}/{name}", "targetCommit": oid} for name, oid in sorted(names.items())]

        self._send(HTTPStatus.OK, {"branches": refs("heads", repo.branches), "converts": [], "tags": refs("tags", repo.tags)})

    def _info(self, repo: Repo, revision: str) -> None:
        found = self._files_at(repo, revision)
        if found is None:
            return
        oid, files = found
        siblings = [{"rfilename": path} for path in sorted(files)]
        self._send(HTTPStatus.OK, {"id": repo.repo_id, "sha": oid, "private": False, "disabled": False, "gated": False, "siblings": siblings})

    @staticmethod
    def _entries(files: dict[str, bytes], folder: str, recursive: bool) -> list[dict]:
        """Tree entries under ``folder``: files, and the folders on the way to them."""
        prefix = f"{folder}/" if folder else ""
        entries: dict[str, dict] = {}
        for path in sorted(files):
            if not path.startswith(prefix):
                continue
            parts = path[len(prefix):].split("/")
            for depth in range(1, len(parts)):
                sub = prefix + "/".join(parts[:depth])
                if depth == 1 or recursive:
                    entries.setdefault(sub, {"type": "directory", "path": sub, "oid": hashlib.sha1(sub.encode()).hexdigest(), "size": 0})
            if len(parts) == 1 or recursive:
                entries[path] = {"type": "file", "path": path, "oid": git_blob_oid(files[path]), "size": len(files[path])}
        return [entries[path] for path in sorted(entries)]

    def _tree(self, repo: Repo, revision: str, folder: str, recursive: bool) -> None:
        found = self._files_at(repo, revision)
        if found is None:
            return
        entries = self._entries(found[1], folder.strip("/"), recursive)
        if folder and not entries:
            return self._error(HTTPStatus.NOT_FOUND, "EntryNotFound", f"{folder} does not exist")
        self._send(HTTPStatus.OK, entries)

    def _paths_info(self, repo: Repo, revision: str, body: bytes, content_type: str) -> None:
        found = self._files_at(repo, revision)
        if found is None:
            return
        files = found[1]
        if "json" in content_type:
            paths = json.loads(body)["paths"]
        else:  # the client sends a form: paths=a&paths=b&expand=False
            paths = parse_qs(body.decode()).get("paths", [])
        folders = {entry["path"]: entry for entry in self._entries(files, "", recursive=True) if entry["type"] == "directory"}
        info = []
        for path in paths:
            path = path.strip("/")
            if path in files:
                info.append({"type": "file", "path": path, "oid": git_blob_oid(files[path]), "size": len(files[path])})
            elif path in folders:
                info.append(folders[path])
        self._send(HTTPStatus.OK, info)

    def _resolve(self, repo_id: str, revision: str, path: str) -> None:
        repo = self._repo(repo_id)
        found = repo and self._files_at(repo, revision)
        if not found:
            return
        oid, files = found
        if path not in files:
            return self._error(HTTPStatus.NOT_FOUND, "EntryNotFound", f"{path} does not exist at {unquote(revision)}")
        data = files[path]
        headers = {"X-Repo-Commit": oid, "ETag": f'"{git_blob_oid(data)}"', "Accept-Ranges": "bytes"}
        wanted = _RANGE.match(self.headers.get("Range", ""))
        if wanted is None:
            return self._send(HTTPStatus.OK, body=data, headers=headers)
        start = int(wanted["start"])
        end = min(int(wanted["end"]) if wanted["end"] else len(data) - 1, len(data) - 1)
        headers["Content-Range"] = f"bytes {start}-{end}/{len(data)}"
        self._send(HTTPStatus.PARTIAL_CONTENT, body=data[start : end + 1], headers=headers)

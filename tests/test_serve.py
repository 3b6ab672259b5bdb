"""`mkdocs build -f site_config.yml` gives the same site as `gongshi build`, and `gongshi serve`
serves it on 127.0.0.1 and rebuilds when a record changes."""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import progress
from generator.engine import preview, watch
from generator.input import recordcache
from generator.options import BuildOptions
from generator.render import outputs
from tests.conftest import SITES, build
from tests.test_build import _tree_digest

BIN = Path(sys.executable).parent


def test_mkdocs_build_gives_the_same_site(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    assert build(repo, tmp_path / "gongshi").built
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    result = subprocess.run(
        [str(BIN / "mkdocs"), "build", "-q", "-f", "site_config.yml", "-d", str(tmp_path / "mkdocs")],
        cwd=repo, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert _tree_digest(tmp_path / "gongshi") == _tree_digest(tmp_path / "mkdocs")


def test_mkdocs_build_fails_on_findings(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    org = repo / "orgs/yangguang/org.yml"
    org.write_text(
        org.read_text(encoding="utf-8").replace("status: registered", "status: 登记"),
        encoding="utf-8",
    )
    result = subprocess.run(
        [str(BIN / "mkdocs"), "build", "-q", "-f", "site_config.yml", "-d", str(tmp_path / "out")],
        cwd=repo, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "invalid-value" in result.stdout and "Traceback" not in result.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _preview(tmp_path: Path) -> tuple[Path, Path, BuildOptions, preview.PreviewServer]:
    """The minimal site, its preview folder, `serve`'s options and a server not serving yet
    (rebuilds are called directly): close it with server.server_close()."""
    repo, output = tmp_path / "repo", tmp_path / "preview"
    shutil.copytree(SITES / "minimal", repo)
    server = preview.PreviewServer(
        builder=lambda: None, host="127.0.0.1", port=_free_port(), root=str(output)
    )
    return repo, output, BuildOptions(search_later=True), server


def _serving(tmp_path: Path, *flags: str, **popen: Any) -> tuple[Path, int, subprocess.Popen]:
    """`gongshi serve` started on a copy of the minimal site: (the copy, its port, the server);
    `flags` and `popen` (its standard error, environment …) passed on."""
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    port = _free_port()
    server = subprocess.Popen(
        [str(BIN / "gongshi"), "-C", str(repo), "serve", "--port", str(port), *flags],
        **{"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, **popen},
    )
    return repo, port, server


def _slogan(repo: Path, new: str) -> None:
    """Save the minimal site's organization with a new slogan."""
    org = repo / "orgs/yangguang/org.yml"
    org.write_text(org.read_text(encoding="utf-8").replace("有我在，您放心", new), "utf-8")


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def test_serve_rebuilds_on_record_change(tmp_path: Path) -> None:
    repo, port, server = _serving(tmp_path)
    try:
        page = f"http://127.0.0.1:{port}/orgs/yangguang/"
        html = ""
        for _ in range(120):
            try:
                html = _get(page)
                break
            except OSError:
                time.sleep(0.5)
        assert "有我在，您放心" in html
        entry = f"http://127.0.0.1:{port}/pagefind/pagefind-entry.json"
        searched = _get(entry)  # the index's hash, which changes with what it holds
        org = repo / "orgs/yangguang/org.yml"
        org.write_text(
            org.read_text(encoding="utf-8").replace("有我在，您放心", "邻里守望一家亲"),
            encoding="utf-8",
        )
        for _ in range(120):
            time.sleep(0.5)
            try:
                if "邻里守望一家亲" in _get(page):
                    break
            except OSError:
                continue
        else:
            raise AssertionError("the page was not rebuilt after the record changed")
        # the search follows the page (made after the pages are served: generator.search.later)
        for _ in range(120):
            with contextlib.suppress(OSError):
                if _get(entry) != searched:
                    break
            time.sleep(0.25)
        else:
            raise AssertionError("the search was not made again after the record changed")
        for _ in range(120):  # its folder, deleted by a process of its own
            if not list((repo / ".cache").glob(".preview.search-*")):
                break
            time.sleep(0.25)
        else:
            raise AssertionError("the search's folder was left beside the preview")
        # a content page (kept while nothing it shows changes), then the settings saved the way
        # many editors save: a new file renamed over the old one
        policy = repo / "content/policies/guideline.md"
        policy.write_text(policy.read_text(encoding="utf-8") + "\n本条于今日更新。\n", "utf-8")
        _wait_until(f"http://127.0.0.1:{port}/policies/guideline/", "本条于今日更新")
        config = repo / "site_config.yml"
        renamed = repo / ".site_config.yml.new"
        text = config.read_text(encoding="utf-8")
        renamed.write_text(text.replace("site_name: ", "site_name: 新", 1), encoding="utf-8")
        renamed.replace(config)
        _wait_until(f"http://127.0.0.1:{port}/policies/guideline/", " - 新测试站点</title>")
        # a second save while the first one's rebuild runs (it starts preview.BUILD_DELAY after
        # the first): it is rebuilt too, right after
        text = org.read_text(encoding="utf-8")
        org.write_text(text.replace("邻里守望一家亲", "第一次保存"), encoding="utf-8")
        time.sleep(preview.BUILD_DELAY * 4)
        org.write_text(text.replace("邻里守望一家亲", "第二次保存"), encoding="utf-8")
        _wait_until(page, "第二次保存")
    finally:
        server.terminate()
        server.wait(timeout=20)


def _wait_for(
    done: Callable[[], bool], what: str, seconds: float = 10, every: float = 0.02
) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, f"{what}: never"
        time.sleep(every)


def _wait_until(url: str, text: str) -> None:
    """Until the served page shows text (a minute at most, asked four times a second)."""

    def shown() -> bool:
        try:
            return text in _get(url)
        except OSError:  # not served yet
            return False

    _wait_for(shown, f"{url} showing {text}", seconds=60, every=0.25)


def test_serve_shows_a_new_error_and_keeps_the_last_good_site(tmp_path: Path) -> None:
    """Issue 23: a save that brings an error leaves the last good pages served, with the finding
    as a banner on them and in the terminal; the save that fixes it brings the new page, and a
    page reloads itself (MkDocs' live-reload script is in every page)."""
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    port = _free_port()
    log = tmp_path / "serve.log"
    with open(log, "w", encoding="utf-8") as stream:
        server = subprocess.Popen(
            [str(BIN / "gongshi"), "-C", str(repo), "serve", "--port", str(port)],
            stdout=stream, stderr=subprocess.STDOUT,
        )  # fmt: skip
    page = f"http://127.0.0.1:{port}/orgs/yangguang/"

    def wait_for(check: Callable[[str], bool]) -> str:
        html = ""
        for _ in range(240):
            try:
                html = _get(page)
                if check(html):
                    return html
            except OSError:
                pass
            time.sleep(0.25)
        raise AssertionError(html[-2000:] + log.read_text(encoding="utf-8"))

    try:
        html = wait_for(lambda html: "有我在，您放心" in html)
        assert "livereload" in html and "gongshi-preview-findings" not in html
        org = repo / "orgs/yangguang/org.yml"
        good = org.read_text(encoding="utf-8")
        org.write_text(good.replace("status: registered", 'status: "<b>登记"'), encoding="utf-8")
        html = wait_for(lambda html: "gongshi-preview-findings" in html)
        assert "有我在，您放心" in html  # the last good page, under the banner
        assert "orgs/yangguang/org.yml:3" in html and "invalid-value" in html
        assert "&lt;b&gt;登记" in html and "<b>登记" not in html  # the record's text, as text
        for _ in range(40):
            if "invalid-value" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.25)
        assert "orgs/yangguang/org.yml:3:9: error[invalid-value]" in log.read_text(encoding="utf-8")
        org.write_text(good.replace("有我在，您放心", "邻里守望"), encoding="utf-8")
        html = wait_for(lambda html: "邻里守望" in html)
        assert "gongshi-preview-findings" not in html
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_serve_keeps_the_last_site_when_the_preview_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A rebuild the system will not let swap in (on Windows a served file still open, a full
    disk) is one line in the terminal, never a traceback; the last good site stays served and
    the next save brings the new one."""
    repo, output, options, server = _preview(tmp_path)
    emitted: list[object] = []
    try:
        preview._rebuild(repo, output, options, server, emitted.append)
        page = output / "orgs/yangguang/index.html"
        assert "有我在，您放心" in page.read_text(encoding="utf-8")
        org = repo / "orgs/yangguang/org.yml"
        org.write_text(
            org.read_text(encoding="utf-8").replace("有我在，您放心", "邻里守望"), encoding="utf-8"
        )
        rename = os.rename

        def in_use(source: object, target: object) -> None:
            if Path(str(source)) == output:
                raise PermissionError(13, "The process cannot access the file")
            rename(source, target)

        with monkeypatch.context() as patched:
            patched.setattr(outputs.os, "rename", in_use)
            patched.setattr(outputs, "IN_USE_TRIES", 2)
            preview._rebuild(repo, output, options, server, emitted.append)
        err = capsys.readouterr().err
        assert "无法写入预览" in err and "Traceback" not in err
        assert "有我在，您放心" in page.read_text(encoding="utf-8")
        preview._rebuild(repo, output, options, server, emitted.append)
        server.search_done()
        assert "邻里守望" in page.read_text(encoding="utf-8")
        assert emitted == []
    finally:
        server.server_close()


def _running_with(text: str) -> list[str]:
    """The command lines of this machine's processes that name `text` (Linux's /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                line = (
                    (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
                )
                if text in line:
                    found.append(line)
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the processes from /proc")
def test_serve_stopped_by_sigterm_waits_for_its_search(tmp_path: Path) -> None:
    """A process manager stops `serve` with SIGTERM: it ends as on Ctrl+C (exit 0), the search
    it was making finished or dropped, and no Pagefind process of it left running."""
    repo, port, server = _serving(tmp_path)
    try:
        page = f"http://127.0.0.1:{port}/orgs/yangguang/"
        _wait_until(page, "有我在，您放心")
        _slogan(repo, "邻里守望一家亲")
        _wait_until(page, "邻里守望一家亲")  # the pages served: the search being made now
        server.send_signal(15)
        assert server.wait(timeout=60) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=20)
    assert not [line for line in _running_with(str(repo)) if "pagefind" in line]
    for _ in range(120):  # the search's folder, deleted by a process of its own
        if not list((repo / ".cache").glob(".preview.search-*")):
            break
        time.sleep(0.25)
    else:
        raise AssertionError("the search's folder was left beside the preview")


def test_serve_goes_on_after_an_internal_error_in_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bug that breaks one rebuild is one line in the terminal, never a traceback; the last
    good site stays served and the server goes on: raised to MkDocs' server, the error would
    leave every request waiting for a build that never comes. The next save builds as usual."""
    repo, output, options, server = _preview(tmp_path)
    try:
        preview._rebuild(repo, output, options, server, print)
        server.search_done()
        page = output / "orgs/yangguang/index.html"
        org = repo / "orgs/yangguang/org.yml"
        org.write_text(
            org.read_text(encoding="utf-8").replace("有我在，您放心", "邻里守望"), encoding="utf-8"
        )
        capsys.readouterr()

        def broken(*args: object, **kwargs: object) -> None:
            raise KeyError("a bug")

        with monkeypatch.context() as patched:
            patched.setattr(preview, "build", broken)
            preview._rebuild(repo, output, options, server, print)  # returns: the server goes on
        err = capsys.readouterr().err
        assert "内部错误" in err and "last good site kept" in err and "KeyError at" in err
        said = err.strip().splitlines()  # the rebuild begun, then what became of it
        assert (
            "Traceback" not in err and said[0] == "正在重新生成… (rebuilding…)" and len(said) == 2
        )
        assert "有我在，您放心" in page.read_text(encoding="utf-8")
        preview._rebuild(repo, output, options, server, print)
        server.search_done()
        assert "邻里守望" in page.read_text(encoding="utf-8")
    finally:
        server.server_close()


def test_serve_stops_on_an_internal_error_with_no_site_to_keep(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first build has no last good site: its internal error stops the command, which
    reports it in one line (generator.cli)."""
    repo, output = tmp_path / "repo", tmp_path / "preview"
    shutil.copytree(SITES / "minimal", repo)

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(preview, "build", broken)
    server = preview.PreviewServer(
        builder=lambda: None, host="127.0.0.1", port=_free_port(), root=str(output)
    )
    try:
        with pytest.raises(KeyError):
            preview._rebuild(repo, output, BuildOptions(), server, print)
    finally:
        server.server_close()


def test_builds_leave_full_collections_to_the_wait_between_saves(tmp_path: Path) -> None:
    """No full pass of the cyclic collector runs during a rebuild (at 2,000 organizations one
    took a second of every save, wherever it fell); the site the rebuild replaced is collected
    after it, in the thread that makes the search, which the next save waits for. With the
    collector set to pass over everything all the time, the rebuild still makes none."""
    repo, output, options, server = _preview(tmp_path)
    full: list[str] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(threading.current_thread().name)

    thresholds = gc.get_threshold()
    try:
        preview._rebuild(repo, output, options, server, print)
        server.search_done()
        org = repo / "orgs/yangguang/org.yml"
        org.write_text(
            org.read_text(encoding="utf-8").replace("有我在，您放心", "邻里守望"), encoding="utf-8"
        )
        gc.callbacks.append(seen)
        gc.set_threshold(100, 1, 1)
        preview._rebuild(repo, output, options, server, print)
        server.search_done()
    finally:
        gc.set_threshold(*thresholds)
        if seen in gc.callbacks:
            gc.callbacks.remove(seen)
        server.server_close()
    assert "邻里守望" in (output / "orgs/yangguang/index.html").read_text(encoding="utf-8")
    assert full and set(full) == {"gongshi-search"}, full  # none while the rebuild ran


def test_serve_told_what_changed_builds_what_a_clean_build_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rebuilds as `serve` makes them once the system's notices are trusted: folders it was
    told nothing of are taken as read before (generator.model.held), and every site is the one
    a clean build makes, without any cache (which leaves what `serve` holds alone)."""
    monkeypatch.setattr(recordcache, "SETTLED", -1.0)  # the copy's files settled when read
    repo, output, options, server = _preview(tmp_path)
    repo = repo.resolve()
    touched = server.observer.touched
    preview._watch(repo, server)  # as `serve` does: the notices begin before the first build
    time.sleep(0.3)
    preview._rebuild(repo, output, options, server, lambda report: None)
    edits = [
        ("orgs/yangguang/org.yml", "有我在，您放心", "邻里守望一家亲"),
        ("orgs/shiqiao-huzhu/org.yml", "name: ", "name: 新"),
        ("orgs/yangguang/org.yml", "邻里守望一家亲", "有我在"),
        ("content/policies/guideline.md", "\n", "\n\n"),
    ]
    taken = []
    try:
        for number, (rel, old, new) in enumerate(edits):
            path = repo / rel
            path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), "utf-8")
            _wait_for(lambda path=path: str(path) in touched._paths, rel)  # its notice,
            time.sleep(0.2)  # and the rest of the same save's (serve waits for a quiet moment)
            result = preview._build_told(repo, output, options, touched)
            assert result.built and result.later is not None, rel
            result.later.finish()
            taken.append(result.stats["folders_taken"])
            clean = tmp_path / f"clean-{number}"
            assert build(repo, clean, use_cache=False).built
            assert _tree_digest(output) == _tree_digest(clean), rel
            shutil.rmtree(clean)
    finally:
        server.observer.stop()
        server.observer.join(5)
        server.server_close()
    assert taken == [1, 1, 1, 2]  # the first save too: told what changed since the first build


def test_serve_polls_where_the_system_never_tells_and_reads_every_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A repository on a Windows drive opened from WSL (9p) accepts a watch and tells nothing:
    `serve` polls there from the start, says so, sees a save and rebuilds it, reading every
    folder (polling is never trusted to say which changed)."""
    monkeypatch.setattr(recordcache, "SETTLED", -1.0)
    repo, output, options, server = _preview(tmp_path)
    repo = repo.resolve()
    mounts = tmp_path / "mountinfo"
    mounts.write_text(
        f"22 1 0:21 / / rw - ext4 /dev/sdc rw\n60 22 0:52 / {repo} rw - 9p drvfs rw,aname=drvfs\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(watch, "MOUNTS", mounts)
    server.observer.polling_interval = 0.1
    preview._watch(repo, server)
    assert server.observer.polling
    assert "（9p）不通知文件改动" in capsys.readouterr().err
    preview._rebuild(repo, output, options, server, lambda report: None)
    try:
        time.sleep(0.3)
        _slogan(repo, "邻里守望")
        _wait_for(lambda: server._want_rebuild, "the server asked to rebuild after the save")
        result = preview._build_told(repo, output, options, server.observer.touched)
        assert result.built and result.stats["folders_taken"] == 0
        assert "邻里守望" in (output / "orgs/yangguang/index.html").read_text(encoding="utf-8")
    finally:
        server.observer.stop()
        server.observer.join(5)
        server.server_close()


def test_serve_polls_when_asked_and_opens_the_browser(tmp_path: Path) -> None:
    """`gongshi serve --poll` (a file system not known to be silent, but the preview was not
    rebuilt): the save is seen by polling and the page rebuilt. `--open`: the default browser
    (here $BROWSER, a script that notes what it was asked to open) opens the preview."""
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.py"
    browser.write_text(
        f"import sys, pathlib\npathlib.Path({str(opened)!r}).write_text(sys.argv[1])\n", "utf-8"
    )
    environment = {**os.environ, "BROWSER": f"{sys.executable} {browser} %s"}
    repo, port, server = _serving(
        tmp_path, "--poll", "--open", stderr=subprocess.PIPE, text=True, env=environment
    )
    try:
        page = f"http://127.0.0.1:{port}/orgs/yangguang/"
        _wait_until(page, "有我在，您放心")
        _slogan(repo, "邻里守望")
        _wait_until(page, "邻里守望")
        _wait_for(opened.exists, "the browser was not opened")
    finally:
        server.terminate()
        _, said = server.communicate(timeout=20)
    assert opened.read_text(encoding="utf-8") == f"http://127.0.0.1:{port}/"
    assert "--poll: polling every 0.5 s" in said and "Traceback" not in said
    # the first build's stages, as lines (no terminal here); the rebuild after the save, quiet
    assert said.count("gongshi: 读取并校验记录 (reading and checking records)") == 1
    assert said.count("已更新 (rebuilt)") >= 2
    # a rebuild says it began, then how long it took
    assert 0 < said.index("正在重新生成… (rebuilding…)") < said.rindex("已更新 (rebuilt)")
    assert said.index("已更新 (rebuilt)") < said.index("正在重新生成")  # not the first build


def test_serve_says_at_once_when_its_port_is_taken(tmp_path: Path) -> None:
    """A second `gongshi serve` (one left open in another window) on the same port: a line that
    says so and how to choose another, exit 2, before any build; never "internal error"."""
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [str(BIN / "gongshi"), "-C", str(repo), "serve", "--port", str(port)],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert result.returncode == 2
    assert f"端口 {port} 已被占用" in result.stderr and f"--port {port + 1}" in result.stderr
    assert "Traceback" not in result.stderr and "内部错误" not in result.stderr
    assert not (repo / ".cache" / "preview").exists()  # said before the first build
    assert "预览地址" not in result.stdout  # no address that serves nothing


@pytest.mark.parametrize("port", ["0", "70000", "八千", "²"])
def test_serve_refuses_a_port_that_cannot_be(tmp_path: Path, port: str) -> None:
    result = subprocess.run(
        [str(BIN / "gongshi"), "-C", str(tmp_path), "serve", "--port", port],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2 and "1 到 65535" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_prints_a_first_build_s_findings_after_its_progress(tmp_path: Path) -> None:
    """The first build shows its stages (`gongshi serve` passes a reporter); its findings and
    its line are printed once that reporter is closed, never into a bar on screen."""
    repo, output, options, server = _preview(tmp_path)
    org = repo / "orgs/yangguang/org.yml"
    org.write_text(org.read_text("utf-8").replace("status: registered", "status: 登记"), "utf-8")
    events: list[str] = []

    class Shown(progress.Plain):
        def start(self, key: str, total: int | None) -> progress.Task:
            events.append(f"stage {key}")
            return super().start(key, total)

        def close(self) -> None:
            events.append("closed")

    try:
        preview._rebuild(
            repo,
            output,
            options,
            server,
            lambda report: events.append(f"findings {len(report.errors)}"),
            Shown(io.StringIO()),
        )
    finally:
        server.server_close()
    assert events[0] == "stage load" and events[-2:] == ["closed", "findings 1"]


@pytest.mark.parametrize(
    ("port", "error", "said", "other"),
    [
        (8000, OSError(errno.EADDRINUSE, "Address in use"), "已被占用", 8001),
        (65535, OSError(errno.EADDRINUSE, "Address in use"), "已被占用", 8000),
        (80, PermissionError(errno.EACCES, "Permission denied"), "Permission denied", 8000),
        (8000, PermissionError(errno.EACCES, "Permission denied"), "Permission denied", 8001),
    ],
)
def test_a_port_that_cannot_be_had_says_which_to_try(
    port: int, error: OSError, said: str, other: int
) -> None:
    """The next port when this one is in use; the default when it is refused (a port below
    1024 without the rights: the next one is refused alike)."""
    message = str(preview.PortTaken(port, error))
    assert f"端口 {port} " in message and said in message
    assert message.endswith(f"gongshi serve --port {other}")

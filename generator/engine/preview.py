"""`gongshi serve`: the site built into a preview folder and served on 127.0.0.1, rebuilt when a
file of the repository changes and reloaded in the open browser (MkDocs' live-reload server).

Each rebuild is an ordinary incremental build (generator.pipeline): records unchanged since the
last one come from the cache, pages whose fingerprint did not change are kept, and the result is
swapped in only when it is complete. So when a save brings an error, the last good site stays
served, the findings are printed in the terminal and shown as a banner at the top of every
page, until a save fixes them. The search bundles are made after the pages are served, in a
thread of their own (generator.search.later); the next rebuild waits for them first.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import gc
import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from mkdocs.livereload import LiveReloadServer

from generator import progress
from generator.engine.mkdocs import build
from generator.engine.watch import Touched, Watcher, silent_file_system
from generator.findings import Report
from generator.input.config import CONFIG_FILE
from generator.messages import internal_error
from generator.options import BuildOptions
from generator.pipeline import BuildResult, EngineError
from generator.search.later import Later

WATCHED = ("orgs", "content", "theme")  # and site_config.yml
BANNER_SHOWN = 8  # findings listed in the banner (the terminal has them all)
BUILD_DELAY = 0.05  # seconds of quiet after a change before the rebuild starts
log = logging.getLogger(__name__)


DEFAULT_PORT = 8000
WSAEADDRINUSE = getattr(errno, "WSAEADDRINUSE", 10048)  # Windows' own code for it


class PortTaken(Exception):
    """The preview's port cannot be had (another program, often a `gongshi serve` left open in
    another window, listens on it): said before the first build, which can take minutes."""

    def __init__(self, port: int, error: OSError) -> None:
        if error.errno in (errno.EADDRINUSE, WSAEADDRINUSE):
            why = "已被占用，可能另一个 gongshi serve 还开着 (in use, perhaps by another gongshi serve)"
            other = port + 1 if port < 65535 else DEFAULT_PORT
        else:  # refused (a port below 1024 without the rights, one Windows keeps): the default
            why = f"无法使用 (cannot be used): {error.strerror or error}"
            other = DEFAULT_PORT if port != DEFAULT_PORT else DEFAULT_PORT + 1
        super().__init__(
            f"端口 {port} {why}；关掉它，或换一个端口 (close it, or choose another port): "
            f"gongshi serve --port {other}"
        )


class PreviewServer(LiveReloadServer):
    """MkDocs' live-reload server, told of changes by the system rather than by polling, with
    the findings of the last build as a banner. Its port is taken before the first build
    (`claim`), so a port in use is said at once, not after a build."""

    banner: bytes = b""
    searching: threading.Thread | None = None  # the last build's search and clean-up, under way
    bound = False
    # Windows lets a second socket bind a port in use when it asks to reuse the address: two
    # previews would share the port, each request going to either. Elsewhere reuse only skips a
    # closed connection's wait, and a port with a listener is still refused.
    allow_reuse_address = sys.platform != "win32"

    def claim(self) -> None:
        """Bind and listen now (MkDocs' serve() does it again: once is all it does)."""
        try:
            self.server_bind()
            self.server_activate()
        except OSError as error:
            self.server_close()
            raise PortTaken(self.server_address[1], error) from error
        self.bound = True

    def server_bind(self) -> None:
        if not self.bound:
            super().server_bind()

    def server_activate(self) -> None:
        if not self.bound:
            super().server_activate()

    def search_done(self) -> None:
        """Wait for the search bundles of the last build."""
        if self.searching is not None:
            self.searching.join()
            self.searching = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.observer: Watcher = Watcher()  # type: ignore[assignment]
        # how long a change must be followed by no other before the rebuild starts (MkDocs: 0.1 s,
        # for its polling): the system's notices of one save all come within a millisecond, and
        # a change during a rebuild is rebuilt again right after it
        self.build_delay = BUILD_DELAY

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        html = super()._inject_js_into_html(content, epoch)
        if not self.banner:
            return html
        start = html.find(b"<body")
        end = html.find(b">", start) + 1 if start >= 0 else 0
        return html[:end] + self.banner + html[end:]


def banner(report: Report, built: bool) -> bytes:
    """The banner of a build's errors (nothing when it had none)."""
    errors = [finding for finding in report.sorted() if finding.severity == "error"]
    if not errors:
        return b""
    items = "".join(f"<li>{escape(f.as_text())}</li>" for f in errors[:BANNER_SHOWN])
    more = (
        f"<p>还有 {len(errors) - BANNER_SHOWN} 个错误，见终端。</p>"
        if len(errors) > BANNER_SHOWN
        else ""
    )
    kept = "下面仍是上一次成功生成的网站。" if built else "网站未生成。"
    return (
        '<div id="gongshi-preview-findings" role="alert" style="position:relative;z-index:10;'
        "background:#fdecea;color:#611a15;border-bottom:3px solid #b71c1c;padding:12px 16px;"
        'font:15px/1.6 sans-serif;overflow-wrap:anywhere">'
        f"<strong>有 {len(errors)} 个错误 (errors)：{kept}</strong><ul>{items}</ul>{more}</div>"
    ).encode()


def serve(
    root: Path,
    *,
    port: int,
    options: BuildOptions,
    emit: Callable[[Report], None],
    poll: bool = False,
    open_browser: bool = False,
) -> None:
    """Build into the preview folder, serve it, rebuild on every change until Ctrl+C; each
    build's time is printed, and its findings given to `emit` (the command prints them).
    `poll`: look for changes every half second rather than be told by the system;
    `open_browser`: open the preview in the default browser once it is served."""
    root = root.resolve()  # the paths the system tells are under it (generator.model.held)
    output = options.cache_root(root) / "preview"
    options = dataclasses.replace(options, search_later=True)
    server = PreviewServer(
        builder=lambda: _rebuild(root, output, options, server, emit),
        host="127.0.0.1",
        port=port,
        root=str(output),
    )
    server.claim()
    print(f"预览地址 (preview): {server.url}  按 Ctrl+C 停止 (Ctrl+C to stop)", flush=True)
    _watch(root, server, poll=poll)
    try:  # the first build, which can take long (a city's photos), shows how far it is
        _rebuild(root, output, options, server, emit, progress.for_command(quiet=False))
    except BaseException:
        server.observer.stop()
        raise
    # stopped by a process manager (SIGTERM) as by Ctrl+C: the search being made is waited for,
    # never its Pagefind process left running without the server
    before = signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve(open_in_browser=open_browser)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.search_done()
        signal.signal(signal.SIGTERM, before)


def _watch(root: Path, server: PreviewServer, *, poll: bool = False) -> None:
    """Have the system tell of changes to the repository, from before the first build: the first
    save is then told what changed since that build read the repository (generator.model.held).
    A save while it runs is a change, rebuilt once it is served. Polled when asked, and where
    the system would never tell (a Windows folder opened from WSL, a network share)."""
    silent = None if poll else silent_file_system(root)
    if poll or silent:
        server.observer.use_polling()
        why = (
            f"此文件夹所在的文件系统（{silent}）不通知文件改动，改为每半秒检查一次；把仓库放在 "
            f"Linux 的文件夹里（如 ~/）预览会更快 (the {silent} file system does not report "
            "changes: polling every 0.5 s; a repository in a Linux folder previews faster)"
            if silent
            else "每半秒检查一次文件改动 (--poll: polling every 0.5 s)"
        )
        print(why, file=sys.stderr, flush=True)
    for name in WATCHED:
        if (root / name).exists():
            server.watch(str(root / name))
    # the folder, for the file: an editor that saves by writing a new file and renaming it
    # over site_config.yml would leave a watch on the old file with nothing more to tell
    server.observer.only[str(root)] = frozenset({CONFIG_FILE})
    server.watch(str(root), recursive=False)
    server.observer.start()  # MkDocs' serve() starts it again: once is all it does


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def _rebuild(
    root: Path,
    output: Path,
    options: BuildOptions,
    server: PreviewServer,
    emit: Callable[[Report], None],
    shown: progress.Reporter | None = None,
) -> None:
    """One build of the preview, then its line and its findings; `shown`: where the build's
    stages and counts go, closed before anything is printed (never a finding inside a bar).
    A rebuild says it has begun: at a city a save takes seconds to show in the browser."""
    if shown is None:
        print("正在重新生成… (rebuilding…)", file=sys.stderr, flush=True)
    server.search_done()
    started = time.perf_counter()
    try:
        with progress.reporting(shown) if shown else contextlib.nullcontext():
            result = _build_told(root, output, options, server.observer.touched)
    except EngineError as error:
        report = Report()
        report.add("internal-error", "site_config.yml", detail=str(error))
        result = BuildResult(report=report, output=output)
    except OSError as error:  # a full disk, or a file the system would not let go: a line
        print(
            f"gongshi: 无法写入预览，仍显示上一次的网站 (cannot write the preview, last good site "
            f"kept): {error}",
            file=sys.stderr,
            flush=True,
        )
        return
    except Exception as error:  # a bug in gongshi: a line, and the server goes on
        # (raised to MkDocs' server, it would hold every request for a build that never comes:
        # "the server will appear stuck"); the next save builds as usual. With no site to keep
        # (the first build), the command reports it and stops.
        if not output.is_dir():
            raise
        kept = ("仍显示上一次的网站", "last good site kept")
        print(internal_error(error, kept), file=sys.stderr, flush=True)
        return
    server.banner = banner(result.report, output.is_dir())
    if not output.is_dir():  # nothing built yet: a page that says why
        output.mkdir(parents=True)
        (output / "index.html").write_text(
            "<!doctype html><html lang=zh><meta charset=utf-8><title>gongshi</title><body></body></html>",
            encoding="utf-8",
        )
    seconds = time.perf_counter() - started
    state = (
        "已更新 (rebuilt)"
        if result.built
        else "有错误，仍显示上一次的网站 (errors: last good site kept)"
    )
    print(f"{state}: {seconds:.1f} 秒", file=sys.stderr, flush=True)
    if result.report.findings:
        emit(result.report)
    server.searching = threading.Thread(
        target=_after, args=(result.later,), name="gongshi-search", daemon=True
    )
    server.searching.start()


def _build_told(root: Path, output: Path, options: BuildOptions, touched: Touched) -> BuildResult:
    """A build told which files the system said changed since the last one; when it raises,
    what it was told may not have been read, and the next build reads every folder."""
    try:
        return build(root, output, dataclasses.replace(options, changed=touched.take()))
    except BaseException:
        touched.lost()
        raise


def _after(later: Later | None) -> None:
    """After the pages are served: the search bundles, then the last build's site freed. A
    build leaves the collector's full passes out (generator.pipeline.build), and the site it
    replaced holds cycles (110 MB a save at 2,000 organizations): collected here, while the
    preview waits for the next save, which waits for this first (PreviewServer.search_done)."""
    if later is not None:
        _search(later)
    gc.collect()


def _search(later: Later) -> None:
    """Make the build's search bundles and put them in the preview; a failure is a line in
    the terminal (the pages are served already, with the search of the build before)."""
    try:
        indexed, seconds = later.finish()
    except Exception as error:  # never a traceback: the preview goes on
        print(f"搜索索引未更新 (search not updated): {error}", file=sys.stderr, flush=True)
        return
    for problem in indexed.errors[:20]:
        log.warning("搜索索引出错 (search index error): %s", problem)
    print(
        f"搜索已更新，比页面晚 {seconds:.1f} 秒 (search updated {seconds:.1f} s after the pages)",
        file=sys.stderr,
        flush=True,
    )

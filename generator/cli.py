"""The `gongshi` command: parses arguments, runs the pipeline, prints findings, sets the exit code.

Exit codes: 0 clean (warnings allowed), 1 errors in the records, 2 usage, 3 an internal bug.

Each command imports what it needs when it runs (the only imports inside functions in gongshi):
`gongshi validate` then starts without loading MkDocs, Material and the renderers (0.3-0.5 s).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import re
import sys
import traceback
from datetime import date
from pathlib import Path

from generator import __version__
from generator.findings import Report

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3
log = logging.getLogger(__name__)


class UsageError(Exception):
    """A mistake in how the command was called (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 itself; keep the text bilingual
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"gongshi: 参数有误 (usage error): {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="gongshi", description="社区社会组织公示网站生成器 (gongshi)")
    parser.add_argument("--version", action="version", version=f"gongshi {__version__}")
    parser.add_argument("-C", dest="root", default=".", help="站点仓库目录（默认当前目录）")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    validate = commands.add_parser("validate", help="校验记录、文件和照片，不生成网站")
    validate.add_argument("paths", nargs="*", help="只报告这些文件或文件夹中的问题")
    _output_options(validate)

    build = commands.add_parser("build", help="校验并生成网站（失败时保留原有网站）")
    build.add_argument("-o", "--output", default="site", help="输出目录（默认 site/）")
    build.add_argument("--no-cache", action="store_true", help="不使用图片缓存，重新处理所有照片")
    build.add_argument("--workers", type=int, default=0, help="并行进程数（默认等于 CPU 核数）")
    _output_options(build)

    serve = commands.add_parser("serve", help="生成网站并在本机预览，记录修改后自动刷新")
    serve.add_argument("--port", type=int, default=8000, help="端口（默认 8000）")

    demo = commands.add_parser("demo", help="生成用于规模测试的合成站点仓库")
    demo.add_argument("--orgs", type=int, default=1000, help="机构数量（默认 1000）")
    demo.add_argument("-o", "--output", required=True, help="输出目录（必须不存在或为空）")
    demo.add_argument(
        "--photos", type=float, default=0.0, help="每个活动的平均照片数（默认 0，不生成照片）"
    )
    demo.add_argument("--seed", type=int, default=1, help="随机种子")

    schema = commands.add_parser("schema", help="写出每种记录的 JSON Schema")
    schema.add_argument("-o", "--output", default="schema", help="输出目录（默认 schema/）")

    new = commands.add_parser("new", help="生成带中文注释的记录模板")
    kinds = new.add_subparsers(dest="kind", metavar="KIND", parser_class=_Parser)
    kinds.add_parser("org", help="new org 机构编号").add_argument("id")
    project = kinds.add_parser("project", help="new project 机构编号 项目编号")
    project.add_argument("org")
    project.add_argument("id")
    activity = kinds.add_parser("activity", help="new activity 机构编号 日期 英文短名")
    activity.add_argument("org")
    activity.add_argument("date")
    activity.add_argument("slug")
    annual = kinds.add_parser("report", help="new report 机构编号 年份")
    annual.add_argument("org")
    annual.add_argument("year")
    for sub in (new, *kinds.choices.values()):
        sub.add_argument("--force", action="store_true", help="覆盖已有文件")

    owners = commands.add_parser("owners", help="根据各机构的 maintainers 生成 CODEOWNERS")
    owners.add_argument("-o", "--output", help="写入文件，如 .github/CODEOWNERS（默认打印）")
    owners.add_argument("--check", action="store_true", help="只检查 -o 指定的文件是否最新")

    check = commands.add_parser("check-changes", help="检查提交人是否只改了自己有权修改的文件")
    check.add_argument("--author", required=True, help="提交人的代码托管平台账号")
    check.add_argument("--base", help="比较的基准版本（默认 origin/main，没有则 HEAD）")
    check.add_argument("--changes", help="改动清单：git diff --name-status -M 的输出，- 为标准输入")
    check.add_argument("paths", nargs="*", help="改动的文件（相对仓库根目录）；不写则用 git diff")
    _output_options(check)

    init = commands.add_parser("init", help="在新文件夹中创建一个城市的站点仓库")
    init.add_argument("dir", help="新站点仓库的文件夹（不存在或为空）")
    init.add_argument("--city", default="", help="城市名称，如 云溪市（默认“某市”，之后可改）")
    init.add_argument("--bureau", default="", help="民政局名称（默认城市名称加“民政局”）")
    init.add_argument("--host", choices=("github", "gitlab"), default="github", help="代码托管平台")
    init.add_argument(
        "--deploy", choices=("pages", "s3", "rsync"), default="pages", help="发布方式"
    )

    guide = commands.add_parser("guide", help="重新生成 CONTRIBUTING.md 的问题代码表和网站页面")
    guide.add_argument("--check", action="store_true", help="只检查是否最新，过期时退出码 1")
    return parser


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=("text", "github", "json"), default="text", help="输出格式"
    )
    parser.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="zh：中文在前附英文；en：只用英文"
    )


def _root(args: argparse.Namespace) -> Path:
    root = Path(args.root)
    if not root.is_dir():
        raise UsageError(f"目录不存在 (no such directory): {root}")
    if not (root / "site_config.yml").exists() and not (root / "orgs").is_dir():
        raise UsageError(
            f"{root.resolve()} 不是站点仓库（没有 site_config.yml 或 orgs/）"
            " (not a site repository: no site_config.yml or orgs/)"
        )
    return root


def _relative(root: Path, raw: str) -> str:
    path = Path(raw)
    absolute = path if path.is_absolute() else Path.cwd() / path
    if not absolute.exists():
        raise UsageError(f"找不到 (not found): {raw}")
    try:
        return absolute.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise UsageError(f"不在站点仓库中 (outside the repository): {raw}") from None


def _emit(report: Report, args: argparse.Namespace) -> None:
    print(report.render(args.format, lang=args.lang))
    if args.format == "github":
        report.write_step_summary()


def cmd_validate(args: argparse.Namespace) -> int:
    from generator.model.load import load_site

    root = _root(args)
    selected = [_relative(root, raw) for raw in args.paths]
    report = Report()
    load_site(root, report)
    if selected and "." not in selected:
        report = report.only(selected)
    _emit(report, args)
    return EXIT_FINDINGS if report.errors else EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    from generator import pipeline
    from generator.engine import mkdocs
    from generator.options import BuildOptions

    root = _root(args)
    output = Path(args.output)
    if not output.is_absolute():
        output = Path.cwd() / output if args.root == "." else root / output
    if output.resolve() == root.resolve() or root.resolve().is_relative_to(output.resolve()):
        raise UsageError(
            f"输出目录不能是站点仓库本身 (the output cannot contain the repository): {output}"
        )
    mkdocs.quiet_logs()
    options = BuildOptions(use_cache=not args.no_cache, workers=args.workers or None)
    try:
        result = mkdocs.build(root, output, options)
    except pipeline.EngineError as error:  # e.g. a theme or plugin missing from site_config.yml
        print(f"gongshi: 网站未生成 (site not built): {error}", file=sys.stderr)
        return EXIT_FINDINGS
    if result.built:
        pages = result.stats.get("pages", 0)
        seconds = result.timings.get("total", 0.0)
        print(
            f"已生成网站 (site built): {output} — {pages} 个记录页面，用时 {seconds:.1f} 秒",
            file=sys.stderr,
        )
    else:
        print(
            f"有错误，网站未生成，原有的 {output} 保持不变 (errors: nothing was replaced)",
            file=sys.stderr,
        )
    _emit(result.report, args)
    return EXIT_OK if result.built else EXIT_FINDINGS


def cmd_serve(args: argparse.Namespace) -> int:
    from generator.engine import mkdocs

    root = _root(args)
    mkdocs.quiet_logs(level=logging.INFO)
    print(f"预览地址 (preview): http://127.0.0.1:{args.port}/  按 Ctrl+C 停止 (Ctrl+C to stop)")
    mkdocs.serve(root, port=args.port)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from generator.workflow.demo import write_demo

    output = Path(args.output)
    if output.exists() and any(output.iterdir()):
        raise UsageError(f"输出目录不是空的 (not empty): {output}")
    if not 1 <= args.orgs <= 100_000:
        raise UsageError("--orgs 应在 1 到 100000 之间 (1 to 100000)")
    counts = write_demo(output, orgs=args.orgs, photos_per_activity=args.photos, seed=args.seed)
    print(
        f"已生成合成站点 (demo written): {output} — "
        + "，".join(f"{k} {v}" for k, v in counts.items())
    )
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from generator.exports.schema import write_schemas
    from generator.input.config import load_config

    root = Path(args.root)
    report = Report()
    config = load_config(root, report)
    output = Path(args.output)
    if not output.is_absolute():
        output = root / output
    for path in write_schemas(config=config, directory=output):
        print(path.as_posix())
    return EXIT_OK


_KIND_NAMES = {
    "org": "organization",
    "project": "project",
    "activity": "activity",
    "report": "annual-report",
}
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def cmd_new(args: argparse.Namespace) -> int:
    from generator.input.fieldtypes import parse_date
    from generator.workflow.scaffold import ScaffoldError, write_new

    if not args.kind:
        raise UsageError(
            "请指定 org、project、activity 或 report (choose org, project, activity or report)"
        )
    root = _root(args)
    kind = _KIND_NAMES[args.kind]
    org_id = args.id if args.kind == "org" else args.org
    for value in (
        org_id,
        getattr(args, "id", None) if args.kind == "project" else None,
        getattr(args, "slug", None),
    ):
        if value is not None and not _ID.match(value):
            raise UsageError(f"编号“{value}”只能用小写字母、数字和连字符 (ids use a-z, 0-9 and -)")
    when, year = date.today(), date.today().year
    positional = [org_id]
    if args.kind == "project":
        positional.append(args.id)
    if args.kind == "activity":
        try:
            when = parse_date(args.date)
        except Exception:
            raise UsageError(f"日期“{args.date}”无效，请写成 2024-05-12 (invalid date)") from None
        positional += [when.isoformat(), args.slug]
    if args.kind == "report":
        if not re.fullmatch(r"(19|20)\d{2}", args.year):
            raise UsageError(f"年份“{args.year}”无效 (invalid year)")
        year = int(args.year)
        positional.append(args.year)
    try:
        target = write_new(root, kind, positional, when=when, year=year, force=args.force)
    except ScaffoldError as error:
        raise UsageError(str(error)) from None
    print(f"已生成 (written): {target.relative_to(root).as_posix()}")
    return EXIT_OK


def cmd_owners(args: argparse.Namespace) -> int:
    from generator.workflow.owners import codeowners_of, sync_file

    root = _root(args)
    text = codeowners_of(root)
    if not args.output:
        if args.check:
            raise UsageError("--check 需要 -o 文件 (--check needs -o FILE)")
        print(text, end="")
        return EXIT_OK
    fresh, message = sync_file(root / args.output, text, check=args.check)
    print(message, file=sys.stderr)
    return EXIT_OK if fresh or not args.check else EXIT_FINDINGS


def cmd_check_changes(args: argparse.Namespace) -> int:
    from generator.workflow.changes import ChangeError, run_check

    root = _root(args)
    try:
        report = run_check(
            root, author=args.author, base=args.base, changes_file=args.changes, paths=args.paths
        )
    except ChangeError as error:
        raise UsageError(str(error)) from None
    _emit(report, args)
    return EXIT_FINDINGS if report.errors else EXIT_OK


def cmd_guide(args: argparse.Namespace) -> int:
    from generator.workflow.guide import GuideError, update_guide

    try:
        fresh, messages = update_guide(_root(args), check=args.check)
    except GuideError as error:
        raise UsageError(str(error)) from None
    print("\n".join(messages), file=sys.stderr)
    return EXIT_OK if fresh or not args.check else EXIT_FINDINGS


def cmd_init(args: argparse.Namespace) -> int:
    from generator.workflow.init import InitError, init_site

    target = Path(args.dir)
    try:
        init_site(target, city=args.city, bureau=args.bureau, host=args.host, deploy=args.deploy)
    except InitError as error:
        raise UsageError(str(error)) from None
    print(f"已创建站点仓库 (site repository written): {target} — 下一步见 {target / 'README.md'}")
    return EXIT_OK


COMMANDS = {
    "demo": cmd_demo,
    "validate": cmd_validate,
    "build": cmd_build,
    "serve": cmd_serve,
    "schema": cmd_schema,
    "new": cmd_new,
    "owners": cmd_owners,
    "check-changes": cmd_check_changes,
    "guide": cmd_guide,
    "init": cmd_init,
}


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except UsageError as error:
        print(f"gongshi: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("gongshi: 已中断 (interrupted)", file=sys.stderr)
        return 130
    except Exception as error:  # an internal bug: a short message, never a traceback
        if os.environ.get("GONGSHI_DEBUG"):
            traceback.print_exc()
        where = traceback.extract_tb(error.__traceback__)[-1]
        print(
            f"gongshi: 内部错误，这是程序的问题而不是您的记录的问题，请报告给维护者 "
            f"(internal error, please report it): {type(error).__name__} at "
            f"{Path(where.filename).name}:{where.lineno}",
            file=sys.stderr,
        )
        return EXIT_BUG


def entry() -> None:
    """The console script and `python -m generator`: main(), then the process ends without
    tearing the interpreter down. Freeing a big site's objects one by one takes seconds (3.5 s
    after a 5,000-organization build, whose work is done by then); the operating system takes
    the memory back at once. Output is flushed and every file was closed by the commands."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)

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
from datetime import date
from pathlib import Path

from generator.arguments import EXIT_USAGE, parser
from generator.findings import Report
from generator.messages import internal_error
from generator.runtime import collector_off

EXIT_OK, EXIT_FINDINGS, EXIT_BUG = 0, 1, 3
log = logging.getLogger(__name__)


class UsageError(Exception):
    """A mistake in how the command was called (exit 2)."""


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


def _out(*values: object, end: str = "\n") -> None:
    """Print to standard output. When its reader has stopped (`gongshi validate | head -1`),
    the rest of the output goes nowhere, quietly, and the command ends with its usual code."""
    try:
        print(*values, end=end, flush=True)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # also what is still buffered, and the last flush
        os.close(devnull)


def _emit(report: Report, args: argparse.Namespace) -> None:
    _out(report.render(args.format, lang=args.lang))
    if args.format == "github":
        report.write_step_summary()


def cmd_validate(args: argparse.Namespace) -> int:
    from generator import unchanged
    from generator.options import BuildOptions

    root = _root(args)
    selected = [_relative(root, raw) for raw in args.paths]
    report = unchanged.validate(
        root,
        as_of=args.as_of,
        source_date_epoch=os.environ.get("SOURCE_DATE_EPOCH"),
        cache=None if args.no_cache else BuildOptions().cache_root(root),
        run=_validate,
    )
    if selected and "." not in selected:
        report = report.only(selected)
    _emit(report, args)
    return EXIT_FINDINGS if report.errors else EXIT_OK


def _validate(root: Path, as_of: date | None, epoch: str | None, cache: Path | None) -> Report:
    with collector_off():  # a command's imports
        from generator.model.load import load_site  # records unchanged since a run: from the cache
        from generator.views.published import check_published

    report, records = Report(), (cache / "records" if cache else None)
    site = load_site(root, report, as_of=as_of, source_date_epoch=epoch, cache_dir=records)
    check_published(site, report)
    return report


def cmd_build(args: argparse.Namespace) -> int:
    with collector_off():  # a command's imports
        from generator import pipeline, progress
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
    options = BuildOptions(
        use_cache=not args.no_cache,
        workers=args.workers or None,
        as_of=args.as_of,
        source_date_epoch=os.environ.get("SOURCE_DATE_EPOCH"),
    )
    try:
        with progress.reporting(progress.for_command(quiet=args.quiet)):
            result = mkdocs.build(root, output, options)
    except pipeline.EngineError as error:  # e.g. a theme or plugin missing from site_config.yml
        print(f"gongshi: 网站未生成 (site not built): {error}", file=sys.stderr)
        return EXIT_FINDINGS
    if result.built and not args.quiet:
        pages = result.stats.get("pages", 0)
        seconds = result.timings.get("total", 0.0)
        print(
            f"已生成网站 (site built): {output} — {pages} 个记录页面，用时 {seconds:.1f} 秒",
            file=sys.stderr,
        )
    elif not result.built:
        print(
            f"有错误，网站未生成，原有的 {output} 保持不变 (errors: nothing was replaced)",
            file=sys.stderr,
        )
    _emit(result.report, args)
    return EXIT_OK if result.built else EXIT_FINDINGS


def cmd_serve(args: argparse.Namespace) -> int:
    with collector_off():  # a command's imports
        from generator.engine import mkdocs, preview
        from generator.options import BuildOptions

    root = _root(args).resolve()
    mkdocs.quiet_logs()
    options, emit = BuildOptions(), lambda report: _emit(report, args)
    try:
        preview.serve(
            root, port=args.port, options=options, emit=emit, poll=args.poll, open_browser=args.open
        )
    except preview.PortTaken as error:
        raise UsageError(str(error)) from error
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from generator.workflow.demo import write_demo

    output = Path(args.output)
    if output.exists() and any(output.iterdir()):
        raise UsageError(f"输出目录不是空的 (not empty): {output}")
    if not 1 <= args.orgs <= 100_000:
        raise UsageError("--orgs 应在 1 到 100000 之间 (1 to 100000)")
    counts = write_demo(output, orgs=args.orgs, photos_per_activity=args.photos, seed=args.seed)
    _out(
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
        _out(path.as_posix())
    return EXIT_OK


_KIND_NAMES = {"org": "organization", "project": "project", "activity": "activity"}
_KIND_NAMES |= {"report": "annual-report", "annual": "bureau-year"}  # `gongshi new KIND`
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def cmd_new(args: argparse.Namespace) -> int:
    from generator.input.fieldtypes import parse_date
    from generator.workflow.annual_new import write_annual
    from generator.workflow.scaffold import ScaffoldError, write_new

    if not args.kind:
        raise UsageError(
            "请指定 org、project、activity、report 或 annual "
            "(choose org, project, activity, report or annual)"
        )
    root = _root(args)
    if args.kind in ("report", "annual") and not re.fullmatch(r"(19|20)\d{2}", args.year):
        raise UsageError(f"年份“{args.year}”无效 (invalid year)")
    kind = _KIND_NAMES[args.kind]
    org_id = args.id if args.kind == "org" else getattr(args, "org", "bureau")
    project_id = args.id if args.kind == "project" else None
    for value in (org_id, project_id, getattr(args, "slug", None)):
        if value is not None and not _ID.match(value):
            raise UsageError(f"编号“{value}”只能用小写字母、数字和连字符 (ids use a-z, 0-9 and -)")
    when, year = date.today(), date.today().year
    positional = [org_id] + ([project_id] if project_id else [])
    if args.kind == "activity":
        try:
            when = parse_date(args.date)
        except Exception:
            raise UsageError(f"日期“{args.date}”无效，请写成 2024-05-12 (invalid date)") from None
        positional += [when.isoformat(), args.slug]
    if args.kind == "report":
        year = int(args.year)
        positional.append(args.year)
    try:
        if args.kind == "annual":
            target = write_annual(root, int(args.year), when=when, force=args.force)
        else:
            target = write_new(root, kind, positional, when=when, year=year, force=args.force)
    except (ScaffoldError, FileExistsError) as error:
        raise UsageError(str(error)) from None
    _out(f"已生成 (written): {target.relative_to(root).as_posix()}")
    return EXIT_OK


def cmd_owners(args: argparse.Namespace) -> int:
    from generator.workflow.owners import codeowners_of, sync_file

    root = _root(args)
    text = codeowners_of(root)
    if not args.output:
        if args.check:
            raise UsageError("--check 需要 -o 文件 (--check needs -o FILE)")
        _out(text, end="")
        return EXIT_OK
    fresh, message = sync_file(root / args.output, text, check=args.check)
    print(message, file=sys.stderr)
    return EXIT_OK if fresh or not args.check else EXIT_FINDINGS


def cmd_check_changes(args: argparse.Namespace) -> int:
    from generator.workflow.changes import ChangeError, run_check

    root = _root(args)
    try:
        report = run_check(
            root,
            author=args.author,
            base=args.base,
            changes_file=args.changes,
            paths=args.paths,
            head=args.head,
        )
    except ChangeError as error:
        raise UsageError(str(error)) from None
    _emit(report, args)
    return EXIT_FINDINGS if report.errors else EXIT_OK


def cmd_publish_year(args: argparse.Namespace) -> int:
    from generator.workflow.publish_year import PublishError, publish_year

    root = _root(args)
    report = Report()
    try:
        outcome = publish_year(
            root,
            args.year,
            correct=args.correct,
            note=args.note,
            as_of=args.as_of,
            source_date_epoch=os.environ.get("SOURCE_DATE_EPOCH"),
            report=report,
        )
    except PublishError as error:
        if report.errors:
            _emit(report, args)
        raise UsageError(str(error)) from None
    rel = outcome.path.relative_to(root.resolve()).as_posix()
    if not outcome.written:
        print(f"没有变动，{rel} 保持不变 (nothing changed)", file=sys.stderr)
    elif args.correct:
        print(
            f"已记录 {len(outcome.corrections)} 项更正 (corrections recorded): {rel}",
            file=sys.stderr,
        )
    else:
        print(
            f"已写入公示快照，请提交审核 (snapshot written, commit it for review): {rel}",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_guide(args: argparse.Namespace) -> int:
    from generator.workflow.guide import GuideError, update_guide

    try:
        fresh, messages = update_guide(_root(args), check=args.check)
    except GuideError as error:
        raise UsageError(str(error)) from None
    print("\n".join(messages), file=sys.stderr)
    return EXIT_OK if fresh or not args.check else EXIT_FINDINGS


def cmd_migrate(args: argparse.Namespace) -> int:
    from generator.workflow.migrate import plan_migration, write_plan

    root = _root(args)
    plan = plan_migration(root)
    for change in plan.changes:
        _out(change)
    if not args.check:
        write_plan(root, plan)
    verb = "需要改写" if args.check else "已改写"
    print(f"{verb} {len(plan.texts)} 个文件 ({len(plan.texts)} files)", file=sys.stderr)
    if plan.report.findings:
        _emit(plan.report, args)
    if args.check and plan.texts:
        return EXIT_FINDINGS
    return EXIT_FINDINGS if plan.report.errors else EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from generator.workflow.init import InitError, init_site

    target = Path(args.dir)
    try:
        init_site(target, city=args.city, bureau=args.bureau, host=args.host, deploy=args.deploy)
    except InitError as error:
        raise UsageError(str(error)) from None
    _out(f"已创建站点仓库 (site repository written): {target} — 下一步见 {target / 'README.md'}")
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
    "publish-year": cmd_publish_year,
    "init": cmd_init,
    "migrate": cmd_migrate,
}


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    command_line = parser()
    args = command_line.parse_args(argv)
    if not args.command:
        command_line.print_help()
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
        print(internal_error(error), file=sys.stderr)
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

"""The grammar of the `gongshi` command line: its commands, their arguments and their help,
in Chinese. generator.cli runs what the arguments ask for."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from generator import __version__

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 itself; keep the text bilingual
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"gongshi: 参数有误 (usage error): {message}\n")


def parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="gongshi", description="社区社会组织公示网站生成器 (gongshi)")
    parser.add_argument("--version", action="version", version=f"gongshi {__version__}")
    parser.add_argument("-C", dest="root", default=".", help="站点仓库目录（默认当前目录）")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    validate = commands.add_parser("validate", help="校验记录、文件和照片，不生成网站")
    validate.add_argument("paths", nargs="*", help="只报告这些文件或文件夹中的问题")
    validate.add_argument(
        "--no-cache", action="store_true", help="不用 .cache/records/ 中已读过的记录，全部重新读取"
    )
    _as_of_option(validate)
    _output_options(validate)

    build = commands.add_parser("build", help="校验并生成网站（失败时保留原有网站）")
    build.add_argument("-o", "--output", default="site", help="输出目录（默认 site/）")
    build.add_argument("--no-cache", action="store_true", help="不使用图片缓存，重新处理所有照片")
    build.add_argument("--workers", type=int, default=0, help="并行进程数（默认等于 CPU 核数）")
    build.add_argument(
        "-q", "--quiet", action="store_true", help="不显示进度（各步骤和进度条），只报告问题"
    )
    _as_of_option(build)
    _output_options(build)

    serve = commands.add_parser("serve", help="生成网站并在本机预览，记录修改后自动刷新")
    serve.add_argument("--port", type=_port, default=8000, help="端口（默认 8000）")
    serve.add_argument("--open", action="store_true", help="生成后在默认浏览器中打开预览")
    serve.add_argument(
        "--poll",
        action="store_true",
        help="每半秒检查一次文件改动（保存后预览不刷新时用，如网络共享文件夹）",
    )
    serve.add_argument("--format", choices=("text", "json"), default="text", help="问题的输出格式")
    serve.add_argument("--lang", choices=("zh", "en"), default="zh", help=argparse.SUPPRESS)

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
    bureau_year = kinds.add_parser("annual", help="new annual 年份（民政局的年度公示文件）")
    bureau_year.add_argument("year")
    for sub in (new, *kinds.choices.values()):
        sub.add_argument("--force", action="store_true", help="覆盖已有文件")

    owners = commands.add_parser("owners", help="根据各机构的 maintainers 生成 CODEOWNERS")
    owners.add_argument("-o", "--output", help="写入文件，如 .github/CODEOWNERS（默认打印）")
    owners.add_argument("--check", action="store_true", help="只检查 -o 指定的文件是否最新")

    check = commands.add_parser("check-changes", help="检查提交人是否只改了自己有权修改的文件")
    check.add_argument("--author", required=True, help="提交人的代码托管平台账号")
    check.add_argument("--base", help="比较的基准版本（默认 origin/main，没有则 HEAD）")
    check.add_argument(
        "--head",
        help="从这个提交（如合并请求的 head）用 git show 读改动的文件，不读工作区；不写清单时比较 基准...head",
    )
    check.add_argument("--changes", help="改动清单：git diff --name-status -M 的输出，- 为标准输入")
    check.add_argument("paths", nargs="*", help="改动的文件（相对仓库根目录）；不写则用 git diff")
    _output_options(check)

    publish = commands.add_parser(
        "publish-year", help="民政局：把已公示年度的数字记入快照；公示后的改动用 --correct 记为更正"
    )
    publish.add_argument(
        "year", type=int, help="年度，如 2023（content/annual/<年度>.yml 须有 published_on）"
    )
    publish.add_argument(
        "--correct", action="store_true", help="接受现在的数字，逐项记为发布后更正"
    )
    publish.add_argument("--note", default="", help="更正说明（--correct 时必填）")
    _as_of_option(publish)
    _output_options(publish)

    init = commands.add_parser("init", help="在新文件夹中创建一个城市的站点仓库")
    init.add_argument("dir", help="新站点仓库的文件夹（不存在或为空）")
    init.add_argument("--city", default="", help="城市名称，如 云溪市（默认“某市”，之后可改）")
    init.add_argument("--bureau", default="", help="民政局名称（默认城市名称加“民政局”）")
    init.add_argument("--host", choices=("github", "gitlab"), default="github", help="代码托管平台")
    init.add_argument(
        "--deploy", choices=("pages", "s3", "rsync"), default="pages", help="发布方式"
    )

    migrate = commands.add_parser("migrate", help="把旧写法的记录改写为新写法（保留注释）")
    migrate.add_argument(
        "--check", action="store_true", help="只检查，不改文件；有需要改写的记录时退出码 1"
    )
    _output_options(migrate)

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


def _as_of_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of",
        type=_day,
        default=None,
        metavar="YYYY-MM-DD",
        help="按这一天判断有效期、名录和期限（默认：SOURCE_DATE_EPOCH，否则最近一次提交的日期）",
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"日期应写成 2024-05-12 (a date like 2024-05-12): {text}"
        ) from None


def _port(text: str) -> int:
    if text.isdecimal() and 1 <= int(text) <= 65535:  # ８０００ typed full-width too; never ²
        return int(text)
    raise argparse.ArgumentTypeError(
        f"端口应是 1 到 65535 之间的数 (a port from 1 to 65535): {text}"
    )

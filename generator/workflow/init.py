"""`gongshi init DIR`: a new city's site repository that validates and builds with the installed package.

The repository holds only the city's own files: site_config.yml (no custom_dir: gongshi's templates
ship in the package), content/ (a home page, a placeholder areas.yml, empty policies/ and annual/),
an empty orgs/, a README of next steps and CI that installs this very version of gongshi from the
package index. The YAML files are templates in init_files/ (shipped as package data, `@name@`
placeholders); the Markdown ones are written here. Credentials appear only in the publishing job.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator import __version__

HOSTS = ("github", "gitlab")
DEPLOYS = ("pages", "s3", "rsync")
DEFAULT_CITY = "某市"
DEFAULT_BUREAU = "某市民政局"
TEMPLATES = Path(__file__).resolve().parent / "init_files"
GITIGNORE = (
    "# gongshi build 的输出和缓存 (build output and caches)\nsite/\npublic/\n.cache/\n.venv/\n"
)
# Kept by git although empty; gongshi's loader and MkDocs both skip it.
KEEP = ".gitkeep"

_PLACEHOLDER = re.compile(r"@([a-z_]+)@")
# Chinese characters (at least one), letters, digits: a plain YAML string, safe in a comment too.
_NAME = re.compile(r"^(?=.*[\u4e00-\u9fff])[\w\u4e00-\u9fff（）·]+$")
_HOST_NAMES = {"github": "GitHub", "gitlab": "GitLab"}
_REPO_URLS = {"github": "https://github.com/组织/仓库", "gitlab": "https://gitlab.com/组织/仓库"}
_EDIT_URIS = {"github": "edit/main/content/", "gitlab": "-/edit/main/content/"}


class InitError(Exception):
    """The target folder or a name cannot be used (a usage error)."""


def init_site(
    target: Path, *, city: str = "", bureau: str = "", host: str = "github", deploy: str = "pages"
) -> list[str]:
    """Write a new site repository into target (missing, empty or .git only); the paths written."""
    if target.exists() and not target.is_dir():
        raise InitError(f"不是文件夹 (not a folder): {target}")
    # A freshly cloned empty repository holds .git only: it counts as empty.
    if target.is_dir() and any(path.name != ".git" for path in target.iterdir()):
        raise InitError(
            f"文件夹不是空的，gongshi init 只在空文件夹或新文件夹中创建站点仓库 "
            f"(the folder is not empty; gongshi init only writes into a new or empty folder): {target}"
        )
    files = site_files(city=city, bureau=bureau, host=host, deploy=deploy)
    for rel, text in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return sorted(files)


def requirement(version: str) -> str:
    """The version a city's CI installs: this release exactly; from a development copy (between
    releases, e.g. 0.1.1.dev98+g1a2b3c), the releases of the same minor version, which exist on
    the package index where the development version does not."""
    if re.fullmatch(r"\d+(\.\d+)*", version):
        return f"=={version}"
    parts = re.match(r"(\d+)\.(\d+)", version)
    return f"~={parts.group(1)}.{parts.group(2)}.0" if parts else ""


def site_files(*, city: str = "", bureau: str = "", host: str, deploy: str) -> dict[str, str]:
    """Every file of a new site repository: relative path → text."""
    if host not in HOSTS or deploy not in DEPLOYS:
        raise InitError(f"未知的平台或发布方式 (unknown host or deploy target): {host} {deploy}")
    city = check_name(city or DEFAULT_CITY, "--city", max_length=30)
    bureau = check_name(bureau or (f"{city}民政局" if city else DEFAULT_BUREAU), "--bureau", 40)
    values = {
        "city": city,
        "bureau": bureau,
        "site_name": f"{city}社区社会组织公示平台",
        "site_description": f"{city}社区社会组织信息公示与品牌展示",
        "host_name": _HOST_NAMES[host],
        "repo_host": host,
        "repo_url": _REPO_URLS[host],
        "edit_uri": _EDIT_URIS[host],
        "version": __version__,
        "pin": requirement(__version__),
    }
    files = {
        "site_config.yml": fill_template("site_config.yml", values),
        "content/areas.yml": fill_template("areas.yml", values),
        "content/index.md": home_page(city=city, bureau=bureau),
        f"content/policies/{KEEP}": "",
        f"content/annual/{KEEP}": "",
        f"orgs/{KEEP}": "",
        ".gitignore": GITIGNORE,
        "README.md": readme(city=city, host=host, deploy=deploy),
    }
    if host == "github":
        files[".github/workflows/pr.yml"] = fill_template("github/pr.yml", values)
        files[".github/workflows/ownership.yml"] = fill_template("github/ownership.yml", values)
        files[".github/workflows/publish.yml"] = fill_template(
            f"github/publish-{deploy}.yml", values
        )
    else:
        files[".gitlab-ci.yml"] = fill_template("gitlab/checks.yml", values) + fill_template(
            f"gitlab/deploy-{deploy}.yml", values
        )
    return files


def check_name(value: str, option: str, max_length: int) -> str:
    """A city's or bureau's name: Chinese characters (letters and digits too), not too long."""
    name = value.strip()
    if len(name) > max_length or not _NAME.match(name):
        raise InitError(
            f"{option}“{value}”无效：请写不超过 {max_length} 个字的中文名称，不含空格和标点"
            f" ({option} takes a Chinese name of at most {max_length} characters, no spaces)"
        )
    return name


def fill_template(name: str, values: dict[str, str]) -> str:
    """A template of init_files/ with each @name@ replaced by its value."""
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], text)


def home_page(*, city: str, bureau: str) -> str:
    """content/index.md: the home page; gongshi adds the directories, figures and search below it."""
    return f"""---
title: 首页
description: {city}社区社会组织的信息公示与品牌展示：机构名录、活动、服务项目、政策解读和{bureau}的年度公示。
---

<!-- 这是 gongshi init 生成的首页，请改写成本市的介绍。
     机构名录、搜索和统计数字由 gongshi 自动加在页面下方，不用手写。 -->

# {city}社区社会组织公示平台

在这里，您可以找到身边的社区社会组织，了解他们是谁、做了什么，查看他们登记或备案的公示信息和年度报告；
也可以看到{bureau}每年公布的培育发展成果。

各机构的资料由机构自己维护，经{bureau}审核后发布。
"""


_DEPLOY_STEPS = {
    ("github", "pages"): "在仓库 Settings → Pages 中把 Source 设为 GitHub Actions。",
    ("github", "s3"): "在仓库 Settings → Environments 新建 production 环境（只允许 main 部署），"
    "按 `.github/workflows/publish.yml` 开头的说明填写对象存储的变量和密钥。",
    ("github", "rsync"): "在仓库 Settings → Environments 新建 production 环境（只允许 main 部署），"
    "按 `.github/workflows/publish.yml` 开头的说明填写服务器地址和 SSH 密钥。",
    ("gitlab", "pages"): "默认分支上的流水线完成后，网站的网址见 Deploy → Pages。",
    (
        "gitlab",
        "s3",
    ): "在 Settings → CI/CD → Variables 中添加对象存储的变量和密钥（勾选 Protected），"
    "见 `.gitlab-ci.yml` 末尾的说明。",
    (
        "gitlab",
        "rsync",
    ): "在 Settings → CI/CD → Variables 中添加服务器地址和 SSH 密钥（勾选 Protected），"
    "见 `.gitlab-ci.yml` 末尾的说明。",
}
_PROTECT = {
    "github": "在 Settings → Branches 中保护 main 分支：合并前必须通过“合并请求检查”和“权限检查”"
    "（who may change what），并勾选 Require review from Code Owners（代码所有者批准）。",
    "gitlab": "在 Settings → Repository → Protected branches 中保护默认分支（只有维护人可以合并），"
    "打开 Code owner approval；在 Settings → Merge requests 中要求流水线通过后才能合并，并勾选"
    "“阻止在合并请求中修改批准规则”(Prevent editing approval rules in merge requests)。"
    "合并请求的流水线运行它自己的 .gitlab-ci.yml，检查能被它改弱：是否允许合并由这些设置保证。",
}


def readme(*, city: str, host: str, deploy: str) -> str:
    """README.md: what the bureau does next, step by step."""
    ci = ".github/workflows/" if host == "github" else ".gitlab-ci.yml"
    return f"""# {city}社区社会组织公示平台

本仓库保存{city}社区社会组织公示网站的全部资料，由 [gongshi](https://pypi.org/project/gongshi/)
{__version__} 生成网站。每个机构在 `orgs/<机构编号>/` 里维护自己的记录，通过合并请求提交修改；
持续集成（`{ci}`）校验记录、生成网站并自动发布。

## 接下来要做的事

1. 安装 gongshi（需要 Python ≥ 3.10）：

   ```sh
   python -m venv .venv && .venv/bin/python -m pip install "gongshi{requirement(__version__)}"
   . .venv/bin/activate    # 之后在这个终端里可以直接运行 gongshi
   ```

2. 改写 `site_config.yml`：城市和民政局的名称、网站网址（site_url）、仓库网址（repo_url），
   以及民政局维护人的账号（bureau_maintainers）。每项设置上方都有中文说明。
3. 把 `content/areas.yml` 改成本市的区（县）、街道（乡镇）和社区（村）；改写首页 `content/index.md`。
   政策解读放在 `content/policies/`，民政局的年度公示放在 `content/annual/`。
4. 为每个机构生成资料模板，按注释填写：

   ```sh
   gongshi new org 机构编号        # 如 gongshi new org yangguang-zhulao，写出 orgs/yangguang-zhulao/org.yml
   ```

5. 检查、生成和预览：

   ```sh
   gongshi validate    # 校验全部记录，每个问题写明文件、行、列和改法
   gongshi build       # 生成网站到 site/
   gongshi serve       # 在 http://127.0.0.1:8000/ 预览，修改记录后自动刷新
   ```

6. 发布：{_DEPLOY_STEPS[host, deploy]}
7. 保护主分支：{_PROTECT[host]}
   `gongshi owners -o {".github/CODEOWNERS" if host == "github" else "CODEOWNERS"}` 根据各机构的 maintainers 生成代码所有者文件，
   让每个机构的合并请求自动请该机构的维护人审核。

## 更多

- 每种记录的字段和填写方法：运行 `gongshi new …` 生成的模板里每个字段都有中文注释；
  `gongshi schema` 写出 JSON Schema，编辑器可以边写边提示。
- 想修改页面外观：见 `site_config.yml` 中 theme 下的说明（新建 `theme/` 文件夹并加上 `custom_dir: theme`）。
- 在国内安装较慢时，可设置 `PIP_INDEX_URL` 使用 Python 软件包的国内镜像（CI 中设为变量即可）。
- 升级 gongshi：同时修改 `{ci}` 和上面安装命令中的版本号。
- gongshi 的说明文档和问题反馈：https://pypi.org/project/gongshi/
"""

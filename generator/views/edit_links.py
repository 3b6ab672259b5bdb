"""Changing records without git: links to the code host's web editor, and the submission form's data.

Every record page links to the web editor of its own YAML file; the form at /submit/ opens the
host's new-file page with the path and the YAML filled in. GitHub and GitLab fill both from the
link; Gitee's new-file page takes neither, so the form falls back to copy and paste there.

- GitHub: ``<repo>/edit/<branch>/<path>``; ``<repo>/new/<branch>?filename=<path>&value=<text>``
  (folders in the file name are created).
- GitLab: ``<repo>/-/edit/<branch>/<path>``; ``<repo>/-/new/<branch>/?file_name=<path>&content=<text>``
  (the page reads ``params[:file_name]`` and ``params[:content]``; the file is created at
  ``File.join(<folder in the URL>, file_name)``).
- Gitee: ``<repo>/edit/<branch>/<path>``; ``<repo>/new/<branch>/<folder>`` without prefilling.

Hosts are told apart by ``repo_host`` in the gongshi settings, else by the host name of
``repo_url``; any other host keeps MkDocs' ``edit_uri`` convention for edit links.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from pydantic import BaseModel, TypeAdapter

from generator.input import fieldtypes, records
from generator.input.config import SiteConfig
from generator.model import load

HOST_LABELS = {"github": "GitHub", "gitlab": "GitLab", "gitee": "Gitee"}
# Longer links are refused by some hosts and browsers: the form falls back to copy and paste.
MAX_URL_LENGTH = 8000


@dataclass(frozen=True)
class NewFilePage:
    """How to open a host's new-file page; the form builds the same URL in the browser."""

    host: str
    label: str
    url: str  # the page, before the query
    path_param: str | None  # query parameter taking the file's path, if the host reads one
    content_param: str | None  # query parameter taking the file's text, if the host reads one
    max_length: int = MAX_URL_LENGTH

    @property
    def prefills(self) -> bool:
        return bool(self.path_param and self.content_param)


def _repo(config: SiteConfig) -> str:
    url = (config.repo_url or "").strip().rstrip("/")
    return url[:-4] if url.endswith(".git") else url


def repo_host(config: SiteConfig) -> str | None:
    """github, gitlab or gitee: from the settings, else from repo_url's host name; None if unknown."""
    if config.settings.repo_host:
        return config.settings.repo_host
    host = (urlsplit(_repo(config)).hostname or "").lower()
    if host == "github.com" or host.endswith(".github.com"):
        return "github"
    if host == "gitee.com" or host.endswith(".gitee.com"):
        return "gitee"
    if "gitlab" in host.split("."):
        return "gitlab"
    return None


def repo_branch(config: SiteConfig) -> str:
    """The branch records are edited on: the setting, else the one named in edit_uri, else main."""
    if config.settings.repo_branch:
        return config.settings.repo_branch
    parts = [part for part in (config.edit_uri or "").split("/") if part and part != "-"]
    if len(parts) >= 2 and parts[0] in ("edit", "blob", "tree", "src", "_edit"):
        return parts[1]
    return "main"


def _path(rel: str) -> str:
    return quote(rel.strip("/"), safe="/")


def edit_url(config: SiteConfig, rel: str | None) -> str | None:
    """The web editor of one file of the repository, or None without a repo_url."""
    repo = _repo(config)
    if not rel or not repo:
        return None
    host = repo_host(config)
    branch = quote(repo_branch(config), safe="")
    if host == "gitlab":
        return f"{repo}/-/edit/{branch}/{_path(rel)}"
    if host in ("github", "gitee"):
        return f"{repo}/edit/{branch}/{_path(rel)}"
    # another host: MkDocs' edit_uri (e.g. "edit/main/content/"), without its docs folder
    edit = (config.edit_uri or "edit/main/").strip("/")
    docs = str(config.raw.get("docs_dir") or "content").rstrip("/").split("/")[-1]
    if edit.endswith("/" + docs):
        edit = edit[: -len(docs) - 1]
    return f"{repo}/{edit}/{_path(rel)}"


def new_file_page(config: SiteConfig) -> NewFilePage | None:
    """The host's new-file page, or None when the site names no repository of a known host."""
    repo = _repo(config)
    host = repo_host(config)
    if not repo or host is None:
        return None
    branch = quote(repo_branch(config), safe="")
    if host == "github":
        return NewFilePage(host, HOST_LABELS[host], f"{repo}/new/{branch}", "filename", "value")
    if host == "gitlab":
        return NewFilePage(
            host, HOST_LABELS[host], f"{repo}/-/new/{branch}/", "file_name", "content"
        )
    return NewFilePage(host, HOST_LABELS[host], f"{repo}/new/{branch}/", None, None)


def new_file_url(config: SiteConfig, rel: str, content: str) -> str | None:
    """The new-file page with the path and text filled in where the host can; None without one.

    Gitee (and a text too long for a link) gets the page of the file's folder instead: the person
    pastes the text the form copied for them.
    """
    page = new_file_page(config)
    if page is None:
        return None
    rel = rel.strip("/")
    if page.prefills:
        url = (
            f"{page.url}?{page.path_param}={quote(rel, safe='')}"
            f"&{page.content_param}={quote(content, safe='')}"
        )
        if len(url) <= page.max_length:
            return url
        return f"{page.url}?{page.path_param}={quote(rel, safe='')}"
    folder = rel.rpartition("/")[0]
    return page.url + _path(folder)


def folder_url(config: SiteConfig, rel_folder: str) -> str | None:
    """The page of a folder on the host (where photos are uploaded), or None without a repo."""
    repo = _repo(config)
    if not repo:
        return None
    branch = quote(repo_branch(config), safe="")
    middle = "/-/tree/" if repo_host(config) == "gitlab" else "/tree/"
    return f"{repo}{middle}{branch}/{_path(rel_folder)}"


# -- what the submission form needs from the models --------------------------------------------

FORM_KINDS = {
    "organization": "机构基本信息",
    "project": "服务项目",
    "activity": "活动",
    "annual-report": "年度报告",
}


def _field_order(model: type[BaseModel], table: dict[str, list[str]]) -> None:
    if model.__name__ in table:
        return
    table[model.__name__] = list(model.model_fields)
    for info in model.model_fields.values():
        for inner in records.models_in(info.annotation):
            _field_order(inner, table)


def _pattern(annotated: Any) -> str:
    return TypeAdapter(annotated).json_schema()["pattern"]


def form_data(config: SiteConfig) -> dict[str, Any]:
    """What /submit/ reads besides the JSON Schemas: field order, headings, labels, patterns, host.

    The rules themselves come only from /schema/<kind>.schema.json; this adds what a schema
    written with sorted keys cannot carry (the models' field order, which the YAML keeps) and the
    texts the scaffold of `gongshi new` uses, so that the form writes the same file.
    """
    from generator.workflow.scaffold import (  # local: scaffold imports the site model
        HEADINGS,
        MODELS,
        schema_url,
    )

    kinds = {}
    for kind, title in FORM_KINDS.items():
        order: dict[str, list[str]] = {}
        _field_order(MODELS[kind], order)
        kinds[kind] = {
            "title": title,
            "root": MODELS[kind].__name__,
            "order": order,
            "heading": HEADINGS[kind],
            "schema_url": schema_url(config, kind),
        }
    page = new_file_page(config)
    return {
        "kinds": kinds,
        "labels": records.LABELS,
        "patterns": {
            "date": fieldtypes.DATE_PATTERN,
            "partial_date": fieldtypes.PARTIAL_DATE_PATTERN,
            "id": fieldtypes.ID_PATTERN,
            "login": fieldtypes.LOGIN_PATTERN,
            "count": _pattern(fieldtypes.Count),
            "money": _pattern(fieldtypes.Money),
            "url": _pattern(fieldtypes.Url),
            "color": _pattern(fieldtypes.Color),
            "activity_stem": load.ACTIVITY_STEM.pattern,
            "year_stem": load.YEAR_STEM.pattern,
        },
        "host": {**asdict(page), "prefills": page.prefills} if page else None,
        "repo_url": _repo(config) or None,
        "tree_url": folder_url(config, "orgs"),
    }


__all__ = [
    "FORM_KINDS",
    "HOST_LABELS",
    "NewFilePage",
    "edit_url",
    "folder_url",
    "form_data",
    "new_file_page",
    "new_file_url",
    "repo_branch",
    "repo_host",
]

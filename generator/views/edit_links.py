"""Changing records without git: links to the code host's web editor and new-file page.

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

from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from generator.input.config import SiteConfig

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


def repository_url(config: SiteConfig) -> str:
    """The repository's web address, without a trailing slash or .git; empty without repo_url."""
    url = (config.repo_url or "").strip().rstrip("/")
    return url[:-4] if url.endswith(".git") else url


def repo_host(config: SiteConfig) -> str | None:
    """github, gitlab or gitee: from the settings, else from repo_url's host name; None if unknown."""
    if config.settings.repo_host:
        return config.settings.repo_host
    host = (urlsplit(repository_url(config)).hostname or "").lower()
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
    repo = repository_url(config)
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


def shown_edit_url(config: SiteConfig, rel: str | None) -> str | None:
    """The edit link a page shows staff: edit_url, or None when the site hides staff links
    (site_info.staff_links: false)."""
    return edit_url(config, rel) if config.settings.site_info.staff_links else None


def new_file_page(config: SiteConfig) -> NewFilePage | None:
    """The host's new-file page, or None when the site names no repository of a known host."""
    repo = repository_url(config)
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
    repo = repository_url(config)
    if not repo:
        return None
    branch = quote(repo_branch(config), safe="")
    middle = "/-/tree/" if repo_host(config) == "gitlab" else "/tree/"
    return f"{repo}{middle}{branch}/{_path(rel_folder)}"


__all__ = [
    "HOST_LABELS",
    "NewFilePage",
    "edit_url",
    "folder_url",
    "new_file_page",
    "new_file_url",
    "repo_branch",
    "repo_host",
    "repository_url",
    "shown_edit_url",
]

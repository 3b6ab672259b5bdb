"""Projects: their views (labels, funding lines), their pages and the index of every project."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.input.config import SiteConfig
from generator.input.records import LABELS, Project
from generator.views.jsonld import project_jsonld
from generator.views.links import Lookups
from generator.views.organizations import org_filters
from generator.views.pages import PageSpec, list_pages
from generator.views.record_views import OrgRef, OrgView, ProjectView


def make_project_view(
    org: OrgRef, project_id: str, rel: str, record: Project, *, lookups: Lookups
) -> ProjectView:
    """A project with its labels resolved and its funding lines totalled."""
    funding = [
        {
            "type": LABELS["funding_type"][item.type],
            "type_id": item.type,
            "funder": item.funder or "",
            "amount": item.amount_cny,
            "awarded_on": item.awarded_on,
            "reference": item.reference or "",
        }
        for item in record.funding
    ]
    total = sum((item.amount_cny for item in record.funding if item.amount_cny is not None), 0)
    return ProjectView(
        id=project_id,
        url=f"orgs/{org.id}/projects/{project_id}/",
        rel=rel,
        org=org,
        record=record,
        plan_label=LABELS["plan"][record.plan],
        status_label=LABELS["project_status"][record.status],
        fields=[lookups.choice_link("fields", f) for f in record.fields],
        targets=[lookups.choice_link("service_targets", t) for t in record.service_targets],
        funding=funding,
        funding_total=total,
    )


def project_pages(
    projects: Sequence[ProjectView], *, orgs: Mapping[str, OrgView], config: SiteConfig
) -> list[PageSpec]:
    """Each project's page, shown with its organization."""
    pages = []
    for project in projects:
        org = orgs[project.org.id]
        pages.append(
            PageSpec(
                url=project.url,
                template="gongshi/project.html",
                title=project.record.title,
                description=project.record.summary,
                kind="project",
                context={
                    "project": project,
                    "org": org,
                    "jsonld": project_jsonld(project, org, config=config),
                },
                source=project.rel,
                image=(
                    project.activities[0].cover.image
                    if project.activities and project.activities[0].cover
                    else None
                )
                or org.ref.logo,
                filters={
                    **org_filters(org),
                    "kind": ["项目"],
                    "status": [project.status_label],
                },
                sort={
                    "date": project.record.period.start.isoformat(),
                    "name": project.record.title,
                },
                date=project.record.period.start,
                notice="；".join(org.ref.notices),
            )
        )
    return pages


def project_index_pages(projects: Sequence[ProjectView], *, site_name: str) -> list[PageSpec]:
    """projects/: every project, the latest started first."""
    newest_first = sorted(projects, key=lambda p: (p.record.period.start, p.url), reverse=True)
    return list_pages(
        "projects/",
        title="项目",
        description=f"{site_name}：社区社会组织的服务项目",
        template="gongshi/projects.html",
        name="projects",
        items=newest_first,
    )

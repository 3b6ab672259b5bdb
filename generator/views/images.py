"""The pictures a site shows: which files of the repository the pages need in web sizes."""

from __future__ import annotations

from pathlib import Path

from generator.findings import Report
from generator.media.cache import Job
from generator.model.site import Site
from generator.views.bureau_facts import visible_organizations


def image_jobs(site: Site, report: Report) -> list[Job]:
    """The logos, covers and photos the pages show (an SVG logo is refused; a photo of minors
    without consent is never published, nor any picture of a withdrawn page)."""
    jobs: list[Job] = []
    for org_id, org in visible_organizations(site):
        folder = site.orgs[org_id]
        if org.brand:
            for name, kind in ((org.brand.logo, "logo"), (org.brand.cover, "photo")):
                if not name:
                    continue
                rel = f"orgs/{org_id}/{name}"
                if name.lower().endswith(".svg"):
                    entry = folder.profile
                    line, column = (
                        entry.document.at(("brand", "logo"), value=True)
                        if entry and entry.document
                        else (1, 1)
                    )
                    report.add(
                        "svg-refused", folder.profile.rel if folder.profile else rel, line, column
                    )
                    continue
                jobs.append(Job(folder.path / name, rel, kind))
        for stem, entry in sorted(folder.activities.items()):
            if entry.record is None:
                continue
            for photo in entry.record.photos:
                if photo.contains_minors and not photo.consent:
                    continue
                jobs.append(
                    Job(
                        folder.path / "activities" / stem / photo.file,
                        f"orgs/{org_id}/activities/{stem}/{photo.file}",
                        "photo",
                    )
                )
    return jobs


def withdrawn_photos(site: Site) -> list[Path]:
    """Photos of minors listed without (or with withdrawn) consent: never published, and their
    cached derivatives are removed on the next build."""
    return [
        folder.path / "activities" / stem / photo.file
        for _, folder in sorted(site.orgs.items())
        for stem, entry in sorted(folder.activities.items())
        if entry.record is not None
        for photo in entry.record.photos
        if photo.contains_minors and not photo.consent
    ]

"""The image pipeline on real files: what is published carries no metadata and shows photos the
way they are meant to be seen; hostile files are findings (never a crash) with code, file and
line; the cache is reused, pruned, safe against interrupted and concurrent builds."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import math
import os
import re
import resource
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageOps, ImageStat, PngImagePlugin

from generator.cli import main
from generator.media import cache as media_cache
from generator.media import formats, images
from generator.messages import MESSAGES
from tests.conftest import REPO, build

ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"
PHOTOS = "orgs/yangguang/activities/2024-05-12-yiyuan"
ORG = "orgs/yangguang/org.yml"


# -- helpers ----------------------------------------------------------------------------------


def _photo(width: int, height: int, seed: int = 0) -> Image.Image:
    """A photo-like picture whose pixels differ everywhere (so a wrong rotation shows)."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(image)
    for index in range(12):
        x, y = (seed * 97 + index * 53) % width, (seed * 31 + index * 71) % height
        colour = ((seed * 40 + index * 20) % 256, (index * 90) % 256, (seed * 7 + 200) % 256)
        draw.rectangle([x, y, x + width // 6, y + height // 9], fill=colour)
    draw.ellipse([width // 10, height // 3, width // 3, height * 2 // 3], fill=(250, 30, 30))
    return image


def _jpeg(image: Image.Image, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", **{"quality": 90, **options})
    return out.getvalue()


def _key(path: Path, kind: str = "photo") -> str:
    return media_cache.cache_key(hashlib.sha256(path.read_bytes()).hexdigest(), kind)


def _digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png(width: int, height: int, *, before: bytes = b"", after: bytes = b"") -> bytes:
    """A grey PNG declaring width × height with only a few rows of data (a bomb's header)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * min(height, 4))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + before
        + _chunk(b"IDAT", rows)
        + after
        + _chunk(b"IEND", b"")
    )


def _ztxt_bomb() -> bytes:
    """64 MB of text deflated into ~65 KB: far past PngImagePlugin.MAX_TEXT_CHUNK."""
    return _chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"\x00" * (64 << 20), 9))


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ \x00\x00\x00\x00" + _s15(x) + _s15(y) + _s15(z)


def _icc(red: tuple, green: tuple, blue: tuple, description: bytes) -> bytes:
    """A minimal ICC v2 RGB display profile (matrix + gamma 2.2 curves)."""
    curve = b"curv\x00\x00\x00\x00" + struct.pack(">IH", 1, 0x0233) + b"\x00\x00"
    text = description + b"\x00"
    desc = b"desc\x00\x00\x00\x00" + struct.pack(">I", len(text)) + text + b"\x00" * 78
    tags = [
        (b"desc", desc),
        (b"wtpt", _xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", _xyz(*red)),
        (b"gXYZ", _xyz(*green)),
        (b"bXYZ", _xyz(*blue)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for signature, data in tags:
        body += b"\x00" * (-(offset + len(body)) % 4)
        table += signature + struct.pack(">II", offset + len(body), len(data))
        body += data
    header = (
        struct.pack(">I", offset + len(body))
        + b"lcms"
        + bytes([2, 0x10, 0, 0])
        + b"mntrRGB XYZ "
        + b"\x00" * 12
        + b"acspAPPL"
        + b"\x00" * 24
        + _s15(0.9642)
        + _s15(1.0)
        + _s15(0.8249)
        + b"\x00" * 48
    )
    return header + struct.pack(">I", len(tags)) + table + body


SRGB_RED = (0.4361, 0.2225, 0.0139)  # sRGB's colorants (D50)
SRGB_GREEN = (0.3851, 0.7169, 0.0971)
SRGB_BLUE = (0.1431, 0.0606, 0.7141)
# A profile whose "red" is sRGB's blue: converting to sRGB must turn pure red into blue.
SWAPPED_ICC = _icc(SRGB_BLUE, SRGB_GREEN, SRGB_RED, b"Swapped primaries")


# JFIF header, tables, frame and scan: anything else (APP1 EXIF/XMP, APP2 ICC, COM …) is metadata.
_JPEG_ALLOWED = ("APP0", "DQT", "SOF0", "SOF1", "SOF2", "DHT", "DRI", "SOS")
_JPEG_NAMES = {0xC0: "SOF0", 0xC1: "SOF1", 0xC2: "SOF2", 0xC4: "DHT", 0xDB: "DQT", 0xDD: "DRI"}


def _metadata_problems(path: Path) -> list[str]:
    """What a published derivative must not carry, read by Pillow and from the bytes."""
    problems = []
    data = path.read_bytes()
    with Image.open(path) as image:
        image.load()
        expected = {".webp": "WEBP", ".jpg": "JPEG"}[path.suffix]
        if image.format != expected:
            problems.append(f"format {image.format}")
        if image.mode != "RGB":
            problems.append(f"mode {image.mode}")
        if len(image.getexif()):
            problems.append("EXIF")
        for key in ("exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "comment", "dpi"):
            if image.info.get(key):
                problems.append(key)
    if path.suffix == ".jpg":
        problems += [f"JPEG segment {m}" for m in _jpeg_markers(data) if m not in _JPEG_ALLOWED]
    else:
        problems += [f"RIFF chunk {c!r}" for c in _riff_chunks(data) if c not in (b"VP8 ", b"VP8L")]
    return problems


def _jpeg_markers(data: bytes) -> list[str]:
    names = {**_JPEG_NAMES, 0xDA: "SOS", 0xFE: "COM"}
    markers, pos = [], 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        markers.append(
            f"APP{marker - 0xE0}" if 0xE0 <= marker <= 0xEF else names.get(marker, hex(marker))
        )
        if marker == 0xDA:
            break
        pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
    return markers


def _riff_chunks(data: bytes) -> list[bytes]:
    chunks, pos = [], 12
    while pos + 8 <= len(data):
        kind, size = data[pos : pos + 4], int.from_bytes(data[pos + 4 : pos + 8], "little")
        chunks.append(kind)
        pos += 8 + size + size % 2
    return chunks


def _similar(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference per channel (0–255) of two same-size RGB images."""
    assert a.size == b.size, (a.size, b.size)
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def _rgb(path: Path) -> Image.Image:
    with Image.open(path) as image:
        return image.convert("RGB")


def _variant_files(folder: Path) -> list[Path]:
    """Every derivative (WebP, and JPEG up to 960 px), narrowest first."""
    return sorted(folder.glob("*.*[gp]"), key=lambda p: (int(p.stem), p.suffix))


# -- the example site (built once per session by conftest.example_site) --------------------


def _exif(path: Path) -> Image.Exif:
    with Image.open(path) as image:
        return image.getexif()


def _sources() -> list[Path]:
    return sorted(REPO.glob("orgs/*/activities/*/*.jpg"))


def test_every_published_image_parses_and_carries_no_metadata(example_site: Path) -> None:
    media = sorted(p for p in (example_site / "media").rglob("*") if p.is_file())
    assert len(media) > 1000
    assert {p.suffix for p in media} == {".webp", ".jpg"}
    problems = {p.relative_to(example_site).as_posix(): _metadata_problems(p) for p in media}
    assert {k: v for k, v in problems.items() if v} == {}
    # the sources did carry what must not be published
    with_gps = [p for p in _sources() if _exif(p).get_ifd(0x8825)]
    assert len(with_gps) > 10
    for source in with_gps[:5]:
        assert (example_site / "media" / _key(source)[:2] / _key(source)).is_dir()


@pytest.mark.parametrize(
    ("orientation", "stored_landscape"), [(6, True), (6, False), (8, True), (8, False)]
)
def test_orientation_is_applied(
    example_site: Path, orientation: int, stored_landscape: bool
) -> None:
    def matches(path: Path) -> bool:
        with Image.open(path) as image:
            landscape = image.width > image.height
            return image.getexif().get(0x0112) == orientation and landscape == stored_landscape

    source = next(p for p in _sources() if matches(p))
    with Image.open(source) as image:
        shown = ImageOps.exif_transpose(image).convert("RGB")
        stored = image.convert("RGB")
    folder = example_site / "media" / _key(source)[:2] / _key(source)
    for path in _variant_files(folder):
        out = _rgb(path)
        assert (out.width > out.height) == (shown.width > shown.height), path
        expected = shown.resize(out.size, Image.Resampling.BICUBIC)
        assert _similar(out, expected) < 4, path
    largest = _variant_files(folder)[-1]
    assert _rgb(largest).size == shown.size  # the photo's own size, as displayed
    # the check can tell: the stored pixels turned the other way differ clearly
    wrong = stored.transpose(
        Image.Transpose.ROTATE_90 if orientation == 6 else Image.Transpose.ROTATE_270
    )
    assert _similar(_rgb(largest), wrong) > 10


class _Pictures(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("img", "source", "a"):
            self.tags.append((tag, dict(attrs)))


def test_pictures_declare_true_sizes_srcset_and_lazy_loading(example_site: Path) -> None:
    sizes: dict[Path, tuple[int, int]] = {}

    def size_of(page: Path, url: str) -> tuple[int, int]:
        target = (page.parent / unquote(url)).resolve()
        if target not in sizes:
            with Image.open(target) as image:
                sizes[target] = image.size
        return sizes[target]

    pages = [p for p in example_site.rglob("*.html") if "/media/" not in p.as_posix()]
    pictures = galleries = 0
    for page in pages:
        parser = _Pictures()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, attrs in parser.tags:
            if tag == "a" and attrs.get("data-gs-full"):
                galleries += 1
                full = size_of(page, attrs["data-gs-full"] or "")
                assert full == (int(attrs["data-gs-width"] or 0), int(attrs["data-gs-height"] or 0))
                # the link (browsers without WebP) is the largest JPEG: 960 px, same shape
                href = attrs["href"] or ""
                fallback = size_of(page, href)
                assert href.endswith(".jpg") and fallback[0] == min(full[0], images.JPEG_MAX_WIDTH)
                assert abs(fallback[1] - full[1] * fallback[0] / full[0]) <= 1
            srcset = attrs.get("srcset")
            if tag == "a" or not srcset or "media/" not in srcset:
                continue
            assert attrs.get("sizes"), (page, attrs)
            # a logo is a square WebP <img> (no <picture>): its widths, its box in CSS pixels
            logo = tag == "img" and "gs-logo" in (attrs.get("class") or "")
            candidates = [c.strip().rsplit(" ", 1) for c in srcset.split(",")]
            for url, width in candidates:
                assert size_of(page, url)[0] == int(width.removesuffix("w")), (page, url)
                assert url.endswith(".webp" if tag == "source" or logo else ".jpg")
            if logo:
                side = size_of(page, attrs["src"] or "")
                assert side[0] == side[1] and attrs["width"] == attrs["height"], (page, attrs)
                assert attrs.get("loading") == "lazy" and attrs.get("alt")
            elif tag == "img":
                pictures += 1
                declared = (int(attrs["width"] or 0), int(attrs["height"] or 0))
                assert size_of(page, attrs["src"] or "") == declared, (page, attrs)
                assert attrs.get("loading") == "lazy" or attrs.get("fetchpriority") == "high"
                assert attrs.get("alt") is not None
    assert pictures > 300 and galleries > 250


def _gallery_page(site: Path) -> str:
    for page in sorted(site.glob("orgs/*/activities/*/index.html")):
        if "data-gs-full" in page.read_text(encoding="utf-8"):
            return page.parent.relative_to(site).as_posix() + "/"
    raise AssertionError("no gallery in the example")


@pytest.mark.browser
@pytest.mark.parametrize("webp", [True, False])
def test_lightbox_shows_the_format_the_thumbnails_use(
    browser: object, example_site: Path, example_url: str, webp: bool
) -> None:
    """A browser without WebP (Safari before iOS 14) shows the JPEG thumbnails of <picture>;
    its lightbox must then open the JPEG too, not a WebP it cannot decode."""
    page = browser.new_page()  # type: ignore[attr-defined]
    path = _gallery_page(example_site)

    def without_webp(route: object) -> None:  # what such a browser makes of the page
        response = route.fetch()  # type: ignore[attr-defined]
        body = re.sub(r'<source type="image/webp"[^>]*>', "", response.text())
        route.fulfill(response=response, body=body)  # type: ignore[attr-defined]

    if not webp:
        page.route(example_url + path, without_webp)
    page.goto(example_url + path, wait_until="load")
    link = page.locator("[data-gs-gallery] a[data-gs-full]").first
    link.scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('[data-gs-gallery] img').currentSrc")
    link.click()
    expected = link.get_attribute("data-gs-full" if webp else "href")
    assert page.locator(".gs-lightbox img").get_attribute("src") == expected
    assert (expected or "").endswith(".webp" if webp else ".jpg")
    page.wait_for_function("document.querySelector('.gs-lightbox img').complete")
    assert page.evaluate("document.querySelector('.gs-lightbox img').naturalWidth") > 0
    page.close()


# -- hostile files: findings with code, file and line, through validate and build -------------


def _truncated() -> bytes:
    data = _jpeg(_photo(800, 600))
    return data[: len(data) // 2]


HOSTILE = {
    "bomb": ("bomb.png", lambda: _png(100_000, 100_000), "image-too-large"),
    "bomb-warning": ("bomb.png", lambda: _png(10_000, 10_000), "image-too-large"),
    "over-max-pixels": ("big.png", lambda: _png(8000, 6500), "image-too-large"),
    "over-max-bytes": (
        "huge.jpg",
        lambda: _jpeg(_photo(800, 600)) + b"\x00" * formats.MAX_BYTES,
        "image-too-large",
    ),
    "truncated-jpeg": ("001.jpg", _truncated, "image-unreadable"),
    "text-named-jpg": ("001.jpg", lambda: "这不是照片 not a photo\n".encode(), "image-unreadable"),
    "jpeg-named-png": ("001.png", lambda: _jpeg(_photo(800, 600)), "image-mislabelled"),
    "ztxt-bomb": ("text.png", lambda: _png(800, 4, before=_ztxt_bomb()), "image-unreadable"),
    "ztxt-bomb-after-pixels": (
        "text.png",
        lambda: _png(800, 4, after=_ztxt_bomb()),
        "image-unreadable",
    ),
    "gif": ("001.gif", lambda: _gif(), "image-unreadable"),
}


def _gif() -> bytes:
    out = io.BytesIO()
    _photo(400, 300).save(out, "GIF")
    return out.getvalue()


def _put_photo(repo: Path, name: str, data: bytes) -> tuple[int, int]:
    """Replace 001.jpg by `name`; returns the (line, column) of the file name in the record."""
    (repo / PHOTOS / "001.jpg").unlink()
    (repo / PHOTOS / name).write_bytes(data)
    record = repo / ACTIVITY
    text = record.read_text(encoding="utf-8").replace("001.jpg", name)
    record.write_text(text, encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() == f"- file: {name}":
            return number, line.index(name) + 1
    raise AssertionError("photo not in the record")


def _findings(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return json.loads(capsys.readouterr().out)["findings"]


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_photo_is_a_finding_in_validate_and_build(
    case: str, site_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, make, code = HOSTILE[case]
    line, column = _put_photo(site_copy, name, make())
    expected = {"path": ACTIVITY, "line": line, "column": column, "code": code}
    for command in (["validate"], ["build", "-o", str(tmp_path / "out")]):
        assert main(["-C", str(site_copy), *command, "--format", "json"]) == 1
        found = [
            {k: f[k] for k in ("path", "line", "column", "code")}
            for f in _findings(capsys)
            if f["severity"] == "error"
        ]
        assert found == [expected], command
    assert not (tmp_path / "out").exists()


def test_svg_logo_with_a_script_is_refused(
    site_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="9" height="9"/></svg>'
    (site_copy / "orgs/yangguang/logo.svg").write_text(svg, encoding="utf-8")
    org = site_copy / ORG
    text = org.read_text(encoding="utf-8").replace("brand:\n", "brand:\n  logo: logo.svg\n", 1)
    org.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  logo: logo.svg") + 1
    for command in (["validate"], ["build", "-o", str(tmp_path / "out")]):
        assert main(["-C", str(site_copy), *command, "--format", "json"]) == 1
        found = [(f["path"], f["line"], f["column"], f["code"]) for f in _findings(capsys)]
        assert found == [(ORG, line, 9, "svg-refused")], command
    assert not (tmp_path / "out").exists()


def test_render_path_turns_every_hostile_file_into_a_problem(tmp_path: Path) -> None:
    """What the build itself does (full decode, in the process pool), validation aside."""
    folder = tmp_path / "photos"
    folder.mkdir()
    jobs, expected = [], {}
    for case, (name, make, code) in sorted(HOSTILE.items()):
        if case == "ztxt-bomb-after-pixels":
            continue  # Pillow skips text after the pixels; validation refuses the file
        path = folder / f"{case}-{name}"
        path.write_bytes(make())
        jobs.append(media_cache.Job(path, f"x/{path.name}", "photo"))
        expected[f"x/{path.name}"] = code
    good = folder / "good.jpg"
    good.write_bytes(_jpeg(_photo(1000, 750)))
    jobs.append(media_cache.Job(good, "x/good.jpg", "photo"))
    entries, problems = media_cache.process(
        jobs, media_cache.ImageCache(tmp_path / "cache"), workers=2
    )
    assert {rel: code for rel, (code, _) in problems.items()} == expected
    assert list(entries) == ["x/good.jpg"]
    assert all(params.get("detail") or params.get("actual") for _, params in problems.values())


def test_bombs_cost_no_memory(tmp_path: Path) -> None:
    """Checked in a fresh process: its peak memory shows nothing was inflated."""
    for name, data in (
        ("bomb.png", _png(100_000, 100_000)),
        ("big.png", _png(8000, 6500)),
        ("text.png", _png(800, 4, before=_ztxt_bomb())),
        ("after.png", _png(800, 4, after=_ztxt_bomb())),
    ):
        (tmp_path / name).write_bytes(data)
    script = (
        "import sys, tempfile\n"
        "from pathlib import Path\n"
        "from generator.media import formats, images\n"
        "for path in sorted(Path(sys.argv[1]).glob('*.png')):\n"
        "    for step in (lambda: images.inspect(path), lambda: images.render_entry(\n"
        "            path, 'k' * 24, Path(tempfile.mkdtemp()), images.PHOTO_WIDTHS)):\n"
        "        try:\n"
        "            step()\n"
        "        except formats.ImageProblem:\n"
        "            pass\n"
        # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child of a large pytest
        # process would report the parent's peak; the new image's high-water mark starts afresh
        "print(next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
        timeout=120,
    )
    assert int(done.stdout.strip()) < 200_000, done.stdout  # KB: well under 200 MB


def test_our_limit_holds_whatever_pillows_global_limit_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Image.MAX_IMAGE_PIXELS is process-wide: the pipeline neither changes it nor relies on it."""
    default = Image.MAX_IMAGE_PIXELS
    (tmp_path / "big.png").write_bytes(_png(8000, 6500))
    (tmp_path / "bomb.png").write_bytes(_png(100_000, 100_000))
    for limit in (default, None):  # None: some other code switched Pillow's check off
        monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", limit)
        for name in ("big.png", "bomb.png"):
            with pytest.raises(formats.ImageProblem) as problem:
                images.inspect(tmp_path / name)
            assert problem.value.code == "image-too-large"
            with pytest.raises(formats.ImageProblem):
                images.render_entry(tmp_path / name, "k" * 24, tmp_path, images.PHOTO_WIDTHS)
        assert limit == Image.MAX_IMAGE_PIXELS


# -- what the pipeline makes of odd but valid photos ------------------------------------------


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((4000, 3000), [(480, 360), (960, 720), (1600, 1200)]),
        ((3000, 4000), [(480, 640), (960, 1280), (1200, 1600)]),  # the long side stays 1600
        ((1000, 4000), [(400, 1600)]),
        ((900, 1300), [(480, 693), (900, 1300)]),  # never enlarged
        ((300, 200), [(300, 200)]),
    ],
)
def test_derivative_sizes(size: tuple[int, int], expected: list[tuple[int, int]]) -> None:
    assert images.target_sizes(*size, images.PHOTO_WIDTHS) == expected


def _published(tmp_path: Path, name: str, data: bytes, kind: str = "photo") -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / name
    source.write_bytes(data)
    cache = media_cache.ImageCache(tmp_path / "cache")
    entries, problems = media_cache.process([media_cache.Job(source, name, kind)], cache, workers=1)
    assert problems == {}
    folder = cache.folder(entries[name].key)
    for path in folder.iterdir():
        if path.suffix in (".jpg", ".webp"):
            assert _metadata_problems(path) == [], path
    return folder


def test_every_metadata_block_is_dropped_and_the_icc_profile_applied(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "PhoneMaker", "Model X"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (30.0, 15.0, 0.0)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><secret>GPS 30.25N</secret></x:xmpmeta>'
    red = Image.new("RGB", (800, 600), (255, 0, 0))
    jpeg = _jpeg(red, exif=exif.tobytes(), icc_profile=SWAPPED_ICC, comment=b"secret", xmp=xmp)
    folder = _published(tmp_path / "jpeg", "red.jpg", jpeg)
    for path in folder.glob("*.*"):
        if path.suffix in (".jpg", ".webp"):
            r, g, b = _rgb(path).getpixel((400, 300))
            assert b > 200 and r < 40, (path, (r, g, b))  # converted to sRGB: red is blue here
            assert b"PhoneMaker" not in path.read_bytes() and b"secret" not in path.read_bytes()

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "someone")
    info.add_itxt("Location", "柳岸社区 30.25N", zip=True)
    info.add_text("Comment", "compressed note", zip=True)
    png = io.BytesIO()
    _photo(800, 600).convert("RGBA").save(png, "PNG", pnginfo=info, exif=exif.tobytes())
    _published(tmp_path / "png", "photo.png", png.getvalue())

    webp = io.BytesIO()
    _photo(800, 600).save(webp, "WEBP", exif=exif.tobytes(), xmp=xmp, icc_profile=SWAPPED_ICC)
    _published(tmp_path / "webp", "photo.webp", webp.getvalue())


def test_transparency_16_bit_grey_and_mpo(tmp_path: Path) -> None:
    logo = Image.new("RGBA", (600, 600), (0, 0, 0, 0))
    ImageDraw.Draw(logo).ellipse([100, 100, 500, 500], fill=(20, 90, 200, 255))
    out = io.BytesIO()
    logo.save(out, "PNG")
    folder = _published(tmp_path / "logo", "logo.png", out.getvalue(), kind="logo")
    flat = _rgb(folder / "512.jpg")
    assert flat.getpixel((5, 5)) == (255, 255, 255)  # transparent corners on white
    assert sorted(int(p.stem) for p in folder.glob("*.webp")) == [96, 128, 192, 512]

    grey = Image.new("I;16", (640, 480), 32768)
    out = io.BytesIO()
    grey.save(out, "PNG")
    folder = _published(tmp_path / "grey", "grey.png", out.getvalue())
    value = _rgb(folder / "640.jpg").convert("L").getpixel((320, 240))
    assert 120 <= value <= 136  # scaled from 16 bits, not clipped to white

    first, second = _photo(1024, 768, 1), _photo(1024, 768, 2)
    out = io.BytesIO()
    first.save(out, "MPO", save_all=True, append_images=[second])
    (tmp_path / "mpo.jpg").write_bytes(out.getvalue())
    assert images.inspect(tmp_path / "mpo.jpg") == (1024, 768)
    folder = _published(tmp_path / "mpo", "mpo.jpg", out.getvalue())
    assert _similar(_rgb(folder / "960.jpg"), first.resize((960, 720))) < 4


def _psnr(a: Image.Image, b: Image.Image) -> float:
    """Peak signal-to-noise ratio (dB) of two same-size RGB images."""
    assert a.size == b.size, (a.size, b.size)
    rms = ImageStat.Stat(ImageChops.difference(a, b)).rms
    return 10 * math.log10(255**2 / max(1e-9, sum(r * r for r in rms) / 3))


def test_derivatives_are_as_good_as_a_full_size_lanczos_resize(tmp_path: Path) -> None:
    """The fast path (draft() decoding at 1/2, bilinear to 1600, bicubic and 2×2 averages below)
    loses nothing visible: each derivative is within 0.5 dB PSNR of what the same encoder makes
    of a Lanczos resize of the full-size decode. (Nearest-neighbour resizing loses ~9 dB on this
    grainy photo, and decoding at 1/8 then enlarging loses 1.2–1.5 dB at 960 and 1600.)"""
    grain = Image.effect_noise((4000, 3000), 30).convert("RGB")
    data = _jpeg(Image.blend(_photo(4000, 3000, seed=3), grain, 0.25), quality=92)
    full = Image.open(io.BytesIO(data)).convert("RGB")
    (tmp_path / "ours").mkdir()
    entry = images.render_entry(
        Path("grain.jpg"), "k" * 24, tmp_path / "ours", images.PHOTO_WIDTHS, data=data
    )
    assert [(v.width, v.height) for v in entry.variants] == [(480, 360), (960, 720), (1600, 1200)]
    for variant in entry.variants:
        reference = full.resize((variant.width, variant.height), Image.Resampling.LANCZOS)
        folder = tmp_path / f"reference-{variant.width}"
        folder.mkdir()
        webp, jpeg = images._save(reference.copy(), folder, variant.width)
        assert (webp, jpeg) == (variant.webp, variant.jpeg)
        for name in (webp, jpeg):
            if name:
                ours = _psnr(_rgb(tmp_path / "ours" / name), reference)
                best = _psnr(_rgb(folder / name), reference)
                assert ours > best - 0.5, (name, ours, best)


def test_jpeg_fallback_only_up_to_960(tmp_path: Path) -> None:
    """WebP in every width; JPEG (browsers without WebP, OpenGraph, search results) only up to
    960 px, and every entry has one, whatever the photo's shape."""
    folder = _published(tmp_path / "wide", "wide.jpg", _jpeg(_photo(2000, 1500)))
    assert sorted(p.name for p in folder.iterdir() if p.suffix != ".json") == [
        "1600.webp",
        "480.jpg",
        "480.webp",
        "960.jpg",
        "960.webp",
    ]
    entry = media_cache._read_meta(folder)
    assert entry is not None
    assert entry.largest().jpeg is None and entry.largest().webp == "1600.webp"
    assert entry.fallback().jpeg == "960.jpg" and entry.fallback(1600).jpeg == "960.jpg"
    assert entry.fallback(480).jpeg == "480.jpg" and entry.fallback(481).jpeg == "960.jpg"
    assert sorted(entry.files()) == sorted(p.name for p in folder.iterdir() if p.suffix != ".json")
    for size in ((3000, 4000), (900, 3600), (700, 500), (1000, 1000)):
        sizes = images.target_sizes(*size, images.PHOTO_WIDTHS)
        assert sizes[0][0] <= images.JPEG_MAX_WIDTH, size  # the smallest always has a JPEG
    with pytest.raises(ValueError, match="JPEG"):
        images.ImageEntry.from_dict(
            {
                "key": "k",
                "width": 1600,
                "height": 1200,
                "variants": [{"width": 1600, "height": 1200, "webp": "1600.webp", "jpeg": None}],
            }
        )


def test_a_too_small_photo_is_a_warning_and_still_published(
    site_copy: Path, tmp_path: Path
) -> None:
    _put_photo(site_copy, "small.jpg", _jpeg(_photo(300, 200)))
    result = build(site_copy, tmp_path / "out")
    assert result.built
    assert [f.code for f in result.report.findings] == ["image-too-small"]
    key = _key(site_copy / PHOTOS / "small.jpg")
    assert (tmp_path / "out/media" / key[:2] / key / "300.webp").is_file()


def test_photos_of_minors_without_consent_never_reach_the_site(
    site_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Defence in depth: even if the finding were only a warning, nothing of the photo is
    published — no file, no gallery item, no og:image, JSON-LD, feed, open data or search meta."""
    record = site_copy / ACTIVITY
    text = record.read_text(encoding="utf-8").replace("    consent: true\n", "")
    record.write_text(text.replace("cover: 001.jpg", "cover: 002.jpg"), encoding="utf-8")
    withheld = _key(site_copy / PHOTOS / "002.jpg")
    assert withheld != _key(site_copy / PHOTOS / "001.jpg")
    message = dataclasses.replace(MESSAGES["minor-consent"], severity="warning")
    monkeypatch.setitem(MESSAGES, "minor-consent", message)
    result = build(site_copy, tmp_path / "out")
    assert result.built and [f.code for f in result.report.findings] == ["minor-consent"]
    out = tmp_path / "out"
    assert not (out / "media" / withheld[:2] / withheld).exists()
    leaks = [p for p in out.rglob("*") if p.is_file() and withheld.encode() in p.read_bytes()]
    assert leaks == []
    shown = _key(site_copy / PHOTOS / "001.jpg")
    page = (out / "orgs/yangguang/activities/2024-05-12-yiyuan/index.html").read_text("utf-8")
    assert f'og:image" content="https://test.example.org/media/{shown[:2]}/{shown}/' in page
    alt = "孩子们为老人表演节目".encode()  # not even the alt text of the withheld photo
    assert [p for p in out.rglob("*") if p.is_file() and alt in p.read_bytes()] == []


# -- the cache --------------------------------------------------------------------------------


def _entries(cache: Path) -> dict[str, int]:
    """Every file of every cache entry → its mtime (ns)."""
    return {
        p.relative_to(cache).as_posix(): p.stat().st_mtime_ns
        for p in cache.glob("??/*/*")
        if not p.parent.name.startswith(".tmp-")
    }


def test_rebuild_reuses_entries_and_a_changed_photo_replaces_its_own(
    site_copy: Path, tmp_path: Path
) -> None:
    cache = site_copy / ".cache/images"
    assert build(site_copy, tmp_path / "a").built
    first = _entries(cache)
    assert len({PurePosixPath(p).parent for p in first}) == 2
    time.sleep(0.01)
    assert build(site_copy, tmp_path / "b").built
    assert _entries(cache) == first  # nothing re-encoded, nothing rewritten
    assert _digest(tmp_path / "a/media") == _digest(tmp_path / "b/media")
    manifest = json.loads((cache / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == [f"{PHOTOS}/001.jpg", f"{PHOTOS}/002.jpg"]

    old = _key(site_copy / PHOTOS / "001.jpg")
    kept = _key(site_copy / PHOTOS / "002.jpg")
    (site_copy / PHOTOS / "001.jpg").write_bytes(_jpeg(_photo(640, 480, seed=5)))
    new = _key(site_copy / PHOTOS / "001.jpg")
    assert build(site_copy, tmp_path / "c").built
    assert not (cache / old[:2] / old).exists()  # the stale entry is pruned
    assert (cache / new[:2] / new / "480.webp").is_file()
    after = _entries(cache)
    assert {k: v for k, v in after.items() if kept in k} == {
        k: v for k, v in first.items() if kept in k
    }
    assert (tmp_path / "c/media" / new[:2] / new / "640.jpg").is_file()
    assert not (tmp_path / "c/media" / old[:2] / old).exists()


def test_warm_path_is_a_stat_and_a_lookup(site_copy: Path, tmp_path: Path) -> None:
    """An unchanged photo is found from its stat() stamp and the manifest; a rewrite that keeps
    size and mtime (ctime and inode change) is still seen as a change."""
    jobs = [
        media_cache.Job(site_copy / PHOTOS / n, f"{PHOTOS}/{n}", "photo")
        for n in ("001.jpg", "002.jpg")
    ]
    cache_dir = tmp_path / "cache"
    entries, _ = media_cache.process(jobs, media_cache.ImageCache(cache_dir), workers=1)
    warm = media_cache.ImageCache(cache_dir)
    assert [warm.lookup(job) for job in jobs] == [entries[job.rel] for job in jobs]

    source = jobs[0].source
    stat = source.stat()
    altered = bytearray(source.read_bytes())
    altered[-3] ^= 0xFF  # same size, different bytes (inside the last scan)
    time.sleep(0.01)
    replacement = source.with_name("new.tmp")
    replacement.write_bytes(bytes(altered))
    os.replace(replacement, source)
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert source.stat().st_size == stat.st_size and source.stat().st_mtime_ns == stat.st_mtime_ns
    cache = media_cache.ImageCache(cache_dir)
    assert cache.lookup(jobs[0]) is None
    again, problems = media_cache.process(jobs, cache, workers=1)
    assert problems == {} and again[jobs[0].rel].key != entries[jobs[0].rel].key
    assert again[jobs[1].rel] == entries[jobs[1].rel]


def test_leftovers_of_an_interrupted_build_are_ignored_and_cleaned(
    site_copy: Path, tmp_path: Path
) -> None:
    cache = site_copy / ".cache/images"
    key = _key(site_copy / PHOTOS / "001.jpg")
    old = time.time() - 2 * media_cache.STALE_SECONDS
    half = cache / key[:2] / f".tmp-{key[:8]}-killed"
    half.mkdir(parents=True)
    (half / "480.webp").write_bytes(b"RIFF\x10\x00\x00\x00WEBPVP8 ")  # half-written
    running = cache / "ff" / ".tmp-ffffffff-running"  # a concurrent build's, still being written
    running.mkdir(parents=True)
    manifest_tmp = cache / ".tmp-manifest-killed"
    manifest_tmp.write_text('{"version": 4, "fi', encoding="utf-8")
    for path in (half / "480.webp", half, manifest_tmp):
        os.utime(path, (old, old))
    (cache / "manifest.json").write_text("{not json", encoding="utf-8")  # torn manifest

    assert build(site_copy, tmp_path / "out").built
    for path in (tmp_path / "out/media").rglob("*.*"):
        assert _metadata_problems(path) == [], path
    assert (tmp_path / "out/media" / key[:2] / key / "480.webp").stat().st_size > 100
    assert not half.exists() and not manifest_tmp.exists()
    assert running.exists()  # young: may belong to a build still running
    json.loads((cache / "manifest.json").read_text(encoding="utf-8"))


def test_damaged_cache_entry_is_rendered_again(site_copy: Path, tmp_path: Path) -> None:
    cache = site_copy / ".cache/images"
    assert build(site_copy, tmp_path / "a").built
    key = _key(site_copy / PHOTOS / "001.jpg")
    (cache / key[:2] / key / "480.webp").unlink()  # e.g. removed by a concurrent prune
    emptied = cache / key[:2] / key / "480.jpg"
    emptied.unlink()  # (never written in place: the published sites share its inode)
    emptied.write_bytes(b"")  # e.g. lost in a power cut
    assert build(site_copy, tmp_path / "b").built
    assert _digest(tmp_path / "a/media") == _digest(tmp_path / "b/media")


def _add_photos(repo: Path, count: int) -> None:
    record = repo / ACTIVITY
    text = record.read_text(encoding="utf-8")
    for index in range(count):
        name = f"extra-{index:02d}.jpg"
        (repo / PHOTOS / name).write_bytes(_jpeg(_photo(1400, 1050, seed=index + 10)))
        text += f"  - file: {name}\n    alt: 活动照片 {index}\n"
    record.write_text(text, encoding="utf-8")


def test_two_builds_at_once_share_the_cache(site_copy: Path, tmp_path: Path) -> None:
    _add_photos(site_copy, 10)
    command = [sys.executable, "-m", "generator", "-C", str(site_copy), "build", "-o"]
    running = [
        subprocess.Popen(
            [*command, str(tmp_path / name)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for name in ("a", "b")
    ]
    for process in running:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, (out.decode(), err.decode())
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    cache = site_copy / ".cache/images"
    assert len(list(cache.glob("??/*/meta.json"))) == 12
    assert list(cache.rglob(".tmp-*")) == []


def test_the_pool_does_the_work_and_gives_the_same_bytes(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    jobs = []
    for index in range(6):
        path = folder / f"{index}.jpg"
        exif = Image.Exif()
        exif[0x0112] = (1, 6, 8)[index % 3]
        path.write_bytes(_jpeg(_photo(1800, 1200, seed=index), exif=exif.tobytes()))
        jobs.append(media_cache.Job(path, f"p/{index}.jpg", "photo"))
    digests, child_cpu = [], []
    for workers in (1, 2):
        cache = media_cache.ImageCache(tmp_path / f"cache-{workers}")
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
        entries, problems = media_cache.process(jobs, cache, workers=workers)
        child_cpu.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before)
        assert problems == {} and len(entries) == 6
        digests.append(_digest(cache.root))
    assert digests[0] == digests[1]
    assert child_cpu[1] > 0.1  # the work ran in the pool's processes


def test_build_without_cache(
    site_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    out = tmp_path / "out"
    assert main(["-C", str(site_copy), "build", "-o", str(out), "--no-cache"]) == 0
    assert not (site_copy / ".cache").exists()
    assert list(scratch.iterdir()) == []  # the scratch folder is gone once published
    key = _key(site_copy / PHOTOS / "001.jpg")
    assert (out / "media" / key[:2] / key / "480.webp").is_file()

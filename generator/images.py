"""Photos and logos are untrusted input: decoded safely, stripped of metadata, resized and cached.

- Only JPEG, PNG and WebP are opened (``formats=``), a decompression bomb is an error, files are
  decoded fully so truncated ones are caught, EXIF orientation is applied and no metadata
  (EXIF, GPS, XMP, ICC, comments) is ever written out.
- Derivatives (WebP + JPEG in a few widths) are cached outside site/ by content hash, settings and
  pipeline version; cache entries are written to a temporary folder and renamed into place, so an
  interrupted or concurrent build never serves a half-written file.
- Work is spread over a process pool sized to the cores.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import warnings
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

log = logging.getLogger(__name__)

PIPELINE_VERSION = 3
FORMATS = ("JPEG", "PNG", "WEBP")
PHOTO_WIDTHS = (480, 960, 1600)
LOGO_WIDTHS = (96, 192, 512)
MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 50_000_000
MIN_PHOTO_WIDTH = 320
JPEG_QUALITY = 78
WEBP_QUALITY = 72
ORIENTATION_TAG = 0x0112
_TRANSPOSED = {5, 6, 7, 8}


@dataclass(frozen=True)
class Variant:
    width: int
    height: int
    webp: str  # file name inside the entry's folder
    jpeg: str


@dataclass
class ImageEntry:
    """One source image and its published derivatives."""

    key: str
    width: int
    height: int
    variants: list[Variant] = field(default_factory=list)

    def path(self, name: str) -> str:
        """Site-relative path of one derivative."""
        return f"media/{self.key[:2]}/{self.key}/{name}"

    def largest(self) -> Variant:
        return self.variants[-1]

    def closest(self, width: int) -> Variant:
        for variant in self.variants:
            if variant.width >= width:
                return variant
        return self.variants[-1]


class ImageProblem(Exception):
    """A source image that cannot be published; `code` is a findings code."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _open(path: Path) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return Image.open(path, formats=FORMATS)
        except Image.DecompressionBombError as error:
            raise ImageProblem("image-too-large", detail=str(error)[:80]) from None
        except Image.DecompressionBombWarning as error:
            raise ImageProblem("image-too-large", detail=str(error)[:80]) from None
        except UnidentifiedImageError:
            raise ImageProblem("image-unreadable") from None
        except (OSError, ValueError, SyntaxError) as error:
            raise ImageProblem("image-unreadable", detail=str(error)[:80]) from None


def inspect(path: Path, *, kind: str = "photo") -> tuple[int, int]:
    """Displayed size of an image from its header (orientation applied); raises ImageProblem."""
    try:
        size = path.stat().st_size
    except OSError:
        raise ImageProblem("image-unreadable") from None
    if size > MAX_BYTES:
        raise ImageProblem("image-too-large", detail=f"{size} bytes")
    previous = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with _open(path) as image:
            suffix = path.suffix.lower().lstrip(".")
            declared = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}.get(suffix)
            if declared and image.format != declared:
                raise ImageProblem("image-mislabelled", actual=image.format or "?", suffix=suffix)
            width, height = image.size
            try:
                orientation = image.getexif().get(ORIENTATION_TAG, 1)
            except Exception:  # a broken EXIF block is dropped anyway
                orientation = 1
    finally:
        Image.MAX_IMAGE_PIXELS = previous
    if orientation in _TRANSPOSED:
        width, height = height, width
    if kind == "photo" and width < MIN_PHOTO_WIDTH:
        raise ImageProblem("image-too-small", width=width, minimum=MIN_PHOTO_WIDTH)
    return width, height


def _target_sizes(width: int, height: int, widths: Iterable[int]) -> list[tuple[int, int]]:
    sizes = []
    for target in widths:
        if target >= width:
            sizes.append((width, height))
            break
        sizes.append((target, max(1, round(height * target / width))))
    return sizes


def _strip_to_rgb(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        background = Image.new("RGBA", image.size, (255, 255, 255, 255))
        background.alpha_composite(image)
        image = background
    return image.convert("RGB")


def render_entry(source: Path, key: str, target_dir: Path, widths: tuple[int, ...]) -> ImageEntry:
    """Decode, orient, strip and resize one image into target_dir; raises ImageProblem."""
    width, height = inspect(source, kind="photo" if widths == PHOTO_WIDTHS else "logo")
    sizes = _target_sizes(width, height, widths)
    previous = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with _open(source) as image:
            orientation = 1
            try:
                orientation = image.getexif().get(ORIENTATION_TAG, 1)
            except Exception:
                orientation = 1
            if image.format == "JPEG":
                # draft() at the aspect-correct smallest useful size lets libjpeg scale while decoding
                largest = sizes[-1]
                request = (largest[1], largest[0]) if orientation in _TRANSPOSED else largest
                image.draft("RGB", request)
            try:
                image.load()
            except (OSError, ValueError, SyntaxError) as error:
                raise ImageProblem("image-unreadable", detail=str(error)[:80]) from None
            oriented = ImageOps.exif_transpose(image) if orientation != 1 else image
            rgb = _strip_to_rgb(oriented)
    finally:
        Image.MAX_IMAGE_PIXELS = previous
    rgb.info.clear()
    entry = ImageEntry(key=key, width=width, height=height)
    current = rgb
    for target_width, target_height in reversed(sizes):
        if current.size != (target_width, target_height):
            current = current.resize(
                (target_width, target_height), Image.Resampling.LANCZOS, reducing_gap=2.0
            )
        webp, jpeg = f"{target_width}.webp", f"{target_width}.jpg"
        current.save(target_dir / webp, "WEBP", quality=WEBP_QUALITY, method=4)
        current.save(
            target_dir / jpeg, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True
        )
        entry.variants.insert(0, Variant(target_width, target_height, webp, jpeg))
    return entry


@dataclass
class Job:
    source: Path
    rel: str
    kind: str  # "photo" or "logo"


def _settings_key(kind: str) -> str:
    widths = PHOTO_WIDTHS if kind == "photo" else LOGO_WIDTHS
    return f"v{PIPELINE_VERSION}-{kind}-{widths}-{JPEG_QUALITY}-{WEBP_QUALITY}"


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class ImageCache:
    """Derivatives on disk under .cache/images, keyed by content hash + settings + version."""

    def __init__(self, root: Path, *, enabled: bool = True) -> None:
        self.root = root
        self.enabled = enabled
        self.manifest_path = root / "manifest.json"
        self.hashes: dict[str, list] = {}
        if enabled and self.manifest_path.exists():
            try:
                self.hashes = json.loads(self.manifest_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self.hashes = {}
        self.used: set[str] = set()

    def key_for(self, job: Job) -> str:
        stat = job.source.stat()
        known = self.hashes.get(job.rel)
        if self.enabled and known and known[0] == stat.st_size and known[1] == stat.st_mtime_ns:
            content = known[2]
        else:
            content = _hash_file(job.source)
            self.hashes[job.rel] = [stat.st_size, stat.st_mtime_ns, content]
        return hashlib.sha256(f"{content}|{_settings_key(job.kind)}".encode()).hexdigest()[:24]

    def folder(self, key: str) -> Path:
        return self.root / key[:2] / key

    def load(self, key: str) -> ImageEntry | None:
        meta = self.folder(key) / "meta.json"
        if not self.enabled or not meta.exists():
            return None
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            entry = ImageEntry(key=data["key"], width=data["width"], height=data["height"])
            entry.variants = [Variant(**variant) for variant in data["variants"]]
            return entry
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save_manifest(self) -> None:
        if not self.enabled:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.root, prefix=".manifest-")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(self.hashes, out, sort_keys=True)
        os.replace(temporary, self.manifest_path)

    def prune(self) -> int:
        """Remove cache entries that this build did not use; returns how many."""
        removed = 0
        if not self.enabled or not self.root.is_dir():
            return removed
        for shard in self.root.iterdir():
            if not shard.is_dir():
                continue
            for entry in shard.iterdir():
                if entry.name not in self.used and not entry.name.startswith(".tmp-"):
                    shutil.rmtree(entry, ignore_errors=True)
                    removed += 1
        return removed


def _process(args: tuple[str, str, str, str]) -> tuple[str, dict | None, str | None, dict]:
    """Worker: render one image into the cache; returns (key, entry, problem code, params)."""
    source, key, folder, kind = args
    final = Path(folder)
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=final.parent, prefix=f".tmp-{key[:8]}-"))
    try:
        widths = PHOTO_WIDTHS if kind == "photo" else LOGO_WIDTHS
        entry = render_entry(Path(source), key, staging, widths)
        (staging / "meta.json").write_text(json.dumps(asdict(entry)), encoding="utf-8")
        try:
            os.rename(staging, final)
        except OSError:  # another build finished the same entry first: theirs is complete
            shutil.rmtree(staging, ignore_errors=True)
        return key, asdict(entry), None, {}
    except ImageProblem as problem:
        shutil.rmtree(staging, ignore_errors=True)
        return key, None, problem.code, {k: str(v) for k, v in problem.params.items()}
    except Exception as error:  # an image Pillow chokes on in an unexpected way
        shutil.rmtree(staging, ignore_errors=True)
        return key, None, "image-unreadable", {"detail": f"{type(error).__name__}"[:80]}


def process(
    jobs: list[Job], cache: ImageCache, *, workers: int | None = None
) -> tuple[dict[str, ImageEntry], dict[str, tuple[str, dict]]]:
    """Derivatives for every job: (rel → entry, rel → (problem code, params))."""
    entries: dict[str, ImageEntry] = {}
    problems: dict[str, tuple[str, dict]] = {}
    pending: dict[str, list[Job]] = {}
    scratch: Path | None = None
    if not cache.enabled:
        scratch = Path(tempfile.mkdtemp(prefix="gongshi-images-"))
    for job in jobs:
        try:
            key = cache.key_for(job)
        except OSError:
            problems[job.rel] = ("image-unreadable", {})
            continue
        cache.used.add(key)
        cached = cache.load(key)
        if cached:
            entries[job.rel] = cached
        else:
            pending.setdefault(key, []).append(job)
    if pending:
        base = scratch or cache.root
        tasks = [
            (str(group[0].source), key, str(base / key[:2] / key), group[0].kind)
            for key, group in pending.items()
        ]
        count = workers or min(len(tasks), os.cpu_count() or 1)
        if count > 1 and len(tasks) > 1:
            with ProcessPoolExecutor(max_workers=count) as pool:
                results = list(
                    pool.map(_process, tasks, chunksize=max(1, len(tasks) // (count * 8)))
                )
        else:
            results = [_process(task) for task in tasks]
        for key, data, code, params in results:
            for job in pending[key]:
                if data is not None:
                    entry = ImageEntry(key=data["key"], width=data["width"], height=data["height"])
                    entry.variants = [Variant(**variant) for variant in data["variants"]]
                    entries[job.rel] = entry
                else:
                    problems[job.rel] = (code or "image-unreadable", params)
    cache.save_manifest()
    if scratch:
        cache.root = scratch  # publish from the scratch folder
    return entries, problems


def publish(entries: dict[str, ImageEntry], cache: ImageCache, site_dir: Path) -> int:
    """Copy (hard-link where possible) every used derivative into site/media; returns bytes."""
    total = 0
    done: set[str] = set()
    for entry in entries.values():
        if entry.key in done:
            continue
        done.add(entry.key)
        source = cache.folder(entry.key)
        target = site_dir / "media" / entry.key[:2] / entry.key
        target.mkdir(parents=True, exist_ok=True)
        for variant in entry.variants:
            for name in (variant.webp, variant.jpeg):
                destination = target / name
                try:
                    os.link(source / name, destination)
                except OSError:
                    shutil.copyfile(source / name, destination)
                total += destination.stat().st_size
    return total

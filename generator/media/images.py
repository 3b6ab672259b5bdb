"""Photos and logos are untrusted input: decoded safely, stripped of metadata, resized and cached.

- Only JPEG, PNG and WebP are opened (``formats=``); a file whose name says otherwise is
  mislabelled. Sizes are checked from the header before any pixel is decoded: over ``MAX_BYTES``
  or ``MAX_PIXELS`` is a finding (Pillow's own, process-wide bomb limit is never touched, so its
  hard error still stands behind ours).
- Validation (:func:`inspect`) reads the header and checks that the file is whole (a JPEG ends its
  scans with EOI, a PNG reaches IEND, a WebP holds its RIFF size; text chunks that would inflate
  past Pillow's limit are refused) without decoding pixels, so validating a city stays fast. The
  build (:func:`render_entry`) decodes fully; anything Pillow refuses there is a finding too.
- EXIF orientation is applied; an ICC profile is converted to sRGB, then every metadata block
  (EXIF, GPS, XMP, ICC, comments, PNG text) is dropped: nothing of ``im.info`` reaches the encoder.
- Derivatives (WebP in a few widths, JPEG in those up to 960 px) are cached outside site/ by content hash, settings and
  pipeline version. An entry is written into a ``.tmp-*`` folder and renamed into place, and
  removed by renaming it away first, so an interrupted or concurrent build never sees a half
  entry. A rebuild checks each unchanged photo with one ``stat()``, a dictionary lookup and an
  existence check; new or changed photos are hashed and rendered in a process pool sized to the
  cores.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import re
import shutil
import struct
import tempfile
import time
import warnings
import weakref
import zlib
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from PIL import Image, ImageCms, PngImagePlugin, UnidentifiedImageError

log = logging.getLogger(__name__)

PIPELINE_VERSION = 6
FORMATS = ("JPEG", "PNG", "WEBP")
# Pillow names a JPEG that carries a multi-picture index (phones' HDR gain maps, depth maps) MPO
# even when it is opened with formats=["JPEG"]: it is a JPEG, and the first picture is the photo.
_FORMAT_OF = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WEBP"}
_SUFFIX_FORMAT = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}
PHOTO_WIDTHS = (480, 960, 1600)
LOGO_WIDTHS = (96, 192, 512)
MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 50_000_000
MIN_PHOTO_WIDTH = 320
JPEG_QUALITY = 78
WEBP_QUALITY = 72
# libwebp's effort (0 fastest … 6 smallest): method 3–4 (rate-distortion optimisation) costs
# ~2.4× method 2 for ~7 % smaller files at the same quality setting; methods 0–1 save another
# 15–45 % of the time but make files 20–37 % larger. Method 4 is kept below WEBP_LARGE_FROM,
# for the 480 px thumbnails galleries, cards and search results load on most screens (~10 ms a
# photo); 960 and 1600 use method 2 (saves ~40 ms a photo, +7 % bytes there). bench/README.md.
WEBP_METHOD_SMALL = 4
WEBP_METHOD_LARGE = 2
WEBP_LARGE_FROM = 600
# The JPEGs are the fallback of browsers without WebP (Safari before 14) and what OpenGraph
# previews and search results link: Huffman-optimised baseline, which on photos is as small as
# progressive (±2 %) and 2.5× faster to encode. Only widths up to JPEG_MAX_WIDTH get one (every
# entry has one: its smallest width is at most 480); a wider photo's largest JPEG is the 960.
JPEG_PROGRESSIVE = False
JPEG_MAX_WIDTH = 960
# The first step, from the draft()-decoded image (e.g. 2000 px) to the largest derivative, is
# bilinear: it is the largest resize, and bilinear costs ~70 % of bicubic there for a PSNR
# against a full-size Lanczos of 46.2 dB (bicubic 46.9) — invisible under the encoders' ~37 dB.
# It first reduces by an integer factor (reducing_gap 1.0: what draft() does inside libjpeg,
# for PNG and WebP sources). Each smaller width is bicubic from the previous one; an exact
# halving (960 → 480) is then a 2×2 average (reducing_gap 1.0), 46.7 dB at a tenth of the cost.
RESAMPLE_FIRST = Image.Resampling.BILINEAR
RESAMPLE = Image.Resampling.BICUBIC
FIRST_REDUCING_GAP = 1.0
REDUCING_GAP = 1.0
ORIENTATION_TAG = 0x0112
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SWAPS_AXES = {5, 6, 7, 8}
STALE_SECONDS = 600  # a .tmp-* folder untouched this long belongs to a build that died
_TRUNCATED = "truncated (incomplete file)"


@dataclass(frozen=True)
class Variant:
    width: int
    height: int
    webp: str  # file name inside the entry's folder
    jpeg: str | None  # None above JPEG_MAX_WIDTH: see ImageEntry.fallback()


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

    def fallback(self, width: int | None = None) -> Variant:
        """The variant whose JPEG is closest to `width` (at least as wide when there is one;
        None: the largest JPEG)."""
        with_jpeg = [variant for variant in self.variants if variant.jpeg]
        for variant in with_jpeg:
            if width is not None and variant.width >= width:
                return variant
        return with_jpeg[-1]

    def files(self) -> list[str]:
        """Every derivative's file name."""
        return [name for v in self.variants for name in (v.webp, v.jpeg) if name]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImageEntry:
        entry = cls(key=str(data["key"]), width=int(data["width"]), height=int(data["height"]))
        entry.variants = [Variant(**variant) for variant in data["variants"]]
        if not entry.variants or not entry.variants[0].jpeg:
            raise ValueError("entry without variants or without a JPEG")
        return entry


class ImageProblem(Exception):
    """A source image that cannot be published; `code` is a findings code."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


# -- reading ----------------------------------------------------------------------------------


def _open(source: Path | IO[bytes], name: str) -> Image.Image:
    """Open with the format allowlist; the header's pixel count is checked before anything else."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(source, formats=FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        found = re.search(r"\((\d+) pixels\)", str(error))
        pixels = f"{int(found.group(1)) // 1_000_000} MP, " if found else ""
        detail = f"{name}: {pixels}over {MAX_PIXELS // 1_000_000} MP"
        raise ImageProblem("image-too-large", detail=detail) from None
    except UnidentifiedImageError:
        raise ImageProblem(
            "image-unreadable", detail=f"{name}: not a JPEG, PNG or WebP image"
        ) from None
    except ValueError as error:  # PngImagePlugin.MAX_TEXT_CHUNK / MAX_TEXT_MEMORY, among others
        raise ImageProblem("image-unreadable", detail=f"{name}: {_reason(error)}") from None
    except Exception as error:  # an image Pillow chokes on is a finding
        raise ImageProblem("image-unreadable", detail=f"{name}: {_reason(error)}") from None
    width, height = image.size
    if width * height > MAX_PIXELS or width <= 0 or height <= 0:
        image.close()
        raise ImageProblem("image-too-large", detail=f"{name}: {_pixels_text((width, height))}")
    return image


def _pixels_text(size: tuple[int, int]) -> str:
    return f"{size[0]}×{size[1]} px, over {MAX_PIXELS // 1_000_000} MP"


def _reason(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    if "truncated" in text.lower():
        return _TRUNCATED
    if "text chunk" in text.lower() or "decompressed data too large" in text.lower():
        return "metadata (PNG text chunk) too large"
    return text[:60]


def _format(image: Image.Image, name: str) -> str:
    """The allowed format of an open image; a name ending in another format is mislabelled."""
    actual = _FORMAT_OF.get(image.format or "")
    if actual is None:  # cannot happen with formats=, but never trust a plugin's choice
        raise ImageProblem("image-unreadable", detail=f"{name}: not a JPEG, PNG or WebP image")
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if _SUFFIX_FORMAT.get(suffix) != actual:
        raise ImageProblem("image-mislabelled", actual=actual, suffix=suffix or "?")
    return actual


def _orientation(image: Image.Image, *, header_only: bool = False) -> int:
    """EXIF (or XMP) orientation 1–8; a broken EXIF block counts as 1 (it is dropped anyway).
    header_only: never decode to look for it (a PNG's eXIf chunk may follow the pixels)."""
    try:
        reader = Image.Image.getexif if header_only else type(image).getexif
        value = reader(image).get(ORIENTATION_TAG, 1)
    except Exception:
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _displayed(image: Image.Image, orientation: int) -> tuple[int, int]:
    width, height = image.size
    return (height, width) if orientation in _SWAPS_AXES else (width, height)


# -- whole-file checks without decoding (validation) ------------------------------------------


def _jpeg_complete(handle: IO[bytes], size: int) -> bool:
    """A JPEG's scans end with EOI (FF D9). Usually the file's last bytes; otherwise (trailing
    data: a second MPO picture, a phone's trailer) the first FF D9 after the first scan header,
    which entropy-coded data cannot contain."""
    handle.seek(max(0, size - 64))
    if handle.read().rstrip(b"\x00\xff\r\n").endswith(b"\xff\xd9"):
        return True
    handle.seek(0)
    data = handle.read()
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return False
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        if marker == 0xD9:
            return True
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if marker == 0xDA:
            return data.find(b"\xff\xd9", pos + 2 + length) != -1
        pos += 2 + length
    return False


def _inflates_past(payload: bytes, limit: int) -> bool:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(payload, limit + 1)
    except zlib.error:
        return False  # Pillow drops a broken text chunk; nothing to refuse
    return len(out) > limit or bool(inflater.unconsumed_tail)


def _png_problem(handle: IO[bytes], size: int) -> str | None:
    """Walk the chunks to IEND: lengths inside the file, compressed text within Pillow's limit
    (also the chunks after the image data, which Pillow reads only when decoding)."""
    limit = PngImagePlugin.MAX_TEXT_CHUNK
    text_total = 0
    pos = 8
    while True:
        handle.seek(pos)
        head = handle.read(8)
        if len(head) < 8:
            return _TRUNCATED
        length, kind = struct.unpack(">I4s", head)
        if pos + 12 + length > size:
            return _TRUNCATED
        if kind == b"IEND":
            return None
        if kind in (b"tEXt", b"zTXt", b"iTXt", b"iCCP"):
            text_total += length
            if text_total > PngImagePlugin.MAX_TEXT_MEMORY:
                return "metadata (PNG text chunks) too large"
            data = handle.read(length)
            _, _, rest = data.partition(b"\x00")  # keyword
            payload = b""
            if kind in (b"zTXt", b"iCCP"):
                payload = rest[1:]
            elif kind == b"iTXt" and rest[:1] == b"\x01":
                _, _, tail = rest[2:].partition(b"\x00")  # language tag
                _, _, payload = tail.partition(b"\x00")  # translated keyword
            if payload and _inflates_past(payload, limit):
                return "metadata (PNG text chunk) too large"
        pos += 12 + length


def _webp_complete(handle: IO[bytes], size: int) -> bool:
    handle.seek(4)
    declared = handle.read(4)
    return len(declared) == 4 and int.from_bytes(declared, "little") + 8 <= size


def _whole(path: Path, image_format: str, size: int) -> None:
    name = path.name
    with path.open("rb") as handle:
        if image_format == "JPEG":
            problem = None if _jpeg_complete(handle, size) else _TRUNCATED
        elif image_format == "PNG":
            problem = _png_problem(handle, size)
        else:
            problem = None if _webp_complete(handle, size) else _TRUNCATED
    if problem:
        raise ImageProblem("image-unreadable", detail=f"{name}: {problem}")


def inspect(path: Path, *, kind: str = "photo") -> tuple[int, int]:
    """Displayed size of an image (orientation applied), after the header, format, size and
    whole-file checks; raises ImageProblem and nothing else. Pixels are not decoded."""
    name = path.name
    try:
        try:
            size = path.stat().st_size
        except OSError:
            raise ImageProblem("image-unreadable", detail=f"{name}: cannot read the file") from None
        if size > MAX_BYTES:
            raise ImageProblem("image-too-large", detail=f"{name}: {size / 1048576:.1f} MB")
        with _open(path, name) as image:
            image_format = _format(image, name)
            width, height = _displayed(image, _orientation(image, header_only=True))
        _whole(path, image_format, size)
    except ImageProblem:
        raise
    except Exception as error:  # no input becomes a traceback
        raise ImageProblem("image-unreadable", detail=f"{name}: {_reason(error)}") from None
    if kind == "photo" and width < MIN_PHOTO_WIDTH:
        raise ImageProblem("image-too-small", width=width, minimum=MIN_PHOTO_WIDTH)
    return width, height


# -- rendering --------------------------------------------------------------------------------


def _target_sizes(width: int, height: int, widths: Iterable[int]) -> list[tuple[int, int]]:
    """The derivatives of a width × height image (as displayed): one per width up to its own,
    no side longer than the largest width (a portrait's largest is 1200×1600, not 1600×2133:
    as sharp in a lightbox or a phone's full-width card, lighter, and its decode still scales)."""
    widths = tuple(widths)
    bound = widths[-1]
    sizes: list[tuple[int, int]] = []
    for target in widths:
        if height * target / width > bound:  # the height reaches the bound first
            fitted = (max(1, round(width * bound / height)), bound)
            if fitted[1] >= height:
                fitted = (width, height)
            if not sizes or fitted[0] > sizes[-1][0]:
                sizes.append(fitted)
            break
        if target >= width:
            sizes.append((width, height))
            break
        sizes.append((target, max(1, round(height * target / width))))
    return sizes


def _flatten(image: Image.Image) -> Image.Image:
    """A mode resize and the colour conversion work in: L, RGB or CMYK, transparency on white."""
    if image.mode in ("I", "I;16", "I;16L", "I;16B", "I;16N"):  # 16-bit grey: scale, not clip
        return image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        background.alpha_composite(rgba)
        return background.convert("RGB")
    if image.mode in ("L", "RGB", "CMYK"):
        return image
    return image.convert("RGB")


_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
_TRANSFORMS: dict[tuple[bytes, str], Any] = {}


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """RGB in sRGB: an embedded profile is applied (Display P3 phones, Adobe RGB cameras, CMYK)."""
    if icc and isinstance(icc, bytes):
        memo = (hashlib.sha256(icc).digest(), image.mode)
        transform = _TRANSFORMS.get(memo, False)
        if transform is False:
            transform = None
            try:
                profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
                description = (profile.profile.profile_description or "").strip()
                if not (description.startswith("sRGB") and image.mode == "RGB"):
                    transform = ImageCms.buildTransform(
                        profile, _SRGB, image.mode, "RGB", ImageCms.Intent.PERCEPTUAL
                    )
            except Exception:  # a broken or mismatched profile is ignored
                transform = None
            if len(_TRANSFORMS) > 32:
                _TRANSFORMS.clear()
            _TRANSFORMS[memo] = transform
        if transform is not None:
            try:
                return ImageCms.applyTransform(image, transform)
            except Exception:
                pass
    return image if image.mode == "RGB" else image.convert("RGB")


def _save(image: Image.Image, folder: Path, width: int) -> tuple[str, str | None]:
    image.info = {}  # nothing of the source (EXIF, XMP, ICC, comment, text) reaches an encoder
    webp = f"{width}.webp"
    method = WEBP_METHOD_LARGE if width >= WEBP_LARGE_FROM else WEBP_METHOD_SMALL
    image.save(folder / webp, "WEBP", quality=WEBP_QUALITY, method=method)
    if width > JPEG_MAX_WIDTH:
        return webp, None
    jpeg = f"{width}.jpg"
    image.save(
        folder / jpeg,
        "JPEG",
        quality=JPEG_QUALITY,
        optimize=True,
        progressive=JPEG_PROGRESSIVE,
    )
    return webp, jpeg


def render_entry(
    source: Path,
    key: str,
    target_dir: Path,
    widths: tuple[int, ...],
    *,
    data: bytes | None = None,
) -> ImageEntry:
    """Decode fully, orient, convert to sRGB, strip and resize one image into target_dir (the
    bytes in `data` if given, else the file); raises ImageProblem and nothing else."""
    name = source.name
    image: Image.Image | None = None
    try:
        try:
            if data is None:
                if source.stat().st_size > MAX_BYTES:
                    detail = f"{name}: over {MAX_BYTES >> 20} MB"
                    raise ImageProblem("image-too-large", detail=detail)
                data = source.read_bytes()
            if len(data) > MAX_BYTES:
                detail = f"{name}: {len(data) / 1048576:.1f} MB"
                raise ImageProblem("image-too-large", detail=detail)
            image = _open(io.BytesIO(data), name)
            image_format = _format(image, name)
            orientation = _orientation(image)
            width, height = _displayed(image, orientation)
            sizes = _target_sizes(width, height, widths)
            largest = sizes[-1]
            stored = (largest[1], largest[0]) if orientation in _SWAPS_AXES else largest
            if image_format == "JPEG":
                # libjpeg scales by 1/2, 1/4 or 1/8 while decoding, down to the smallest size
                # that still covers the request: ask for exactly the largest derivative.
                image.draft(image.mode if image.mode in ("RGB", "L", "CMYK") else "RGB", stored)
            image.load()  # the full decode: a truncated or corrupt file fails here
            icc = image.info.get("icc_profile")
            work = _flatten(image)
            if work.size != stored:
                work = work.resize(stored, RESAMPLE_FIRST, reducing_gap=FIRST_REDUCING_GAP)
            work = _to_srgb(work, icc)
            if orientation in _TRANSPOSE:
                work = work.transpose(_TRANSPOSE[orientation])
        except ImageProblem:
            raise
        except Exception as error:  # no input becomes a traceback
            raise ImageProblem("image-unreadable", detail=f"{name}: {_reason(error)}") from None
        # `work` may be the decoded source itself (already at size, sRGB, upright): encoded
        # before the source is closed, never copied.
        entry = ImageEntry(key=key, width=width, height=height)
        current = work
        for target_width, target_height in reversed(sizes):
            if current.size != (target_width, target_height):
                current = current.resize(
                    (target_width, target_height), RESAMPLE, reducing_gap=REDUCING_GAP
                )
            webp, jpeg = _save(current, target_dir, target_width)
            entry.variants.insert(0, Variant(target_width, target_height, webp, jpeg))
        return entry
    finally:
        if image is not None:
            image.close()


# -- the cache --------------------------------------------------------------------------------


@dataclass
class Job:
    source: Path
    rel: str
    kind: str  # "photo" or "logo"


def _widths(kind: str) -> tuple[int, ...]:
    return PHOTO_WIDTHS if kind == "photo" else LOGO_WIDTHS


def _settings_key(kind: str) -> str:
    return (
        f"v{PIPELINE_VERSION}-{kind}-{_widths(kind)}-{JPEG_QUALITY}-{WEBP_QUALITY}"
        f"-{WEBP_METHOD_SMALL}/{WEBP_METHOD_LARGE}@{WEBP_LARGE_FROM}"
        f"-{RESAMPLE_FIRST.name}/{RESAMPLE.name}-{FIRST_REDUCING_GAP}/{REDUCING_GAP}"
        f"-{int(JPEG_PROGRESSIVE)}-jpeg<={JPEG_MAX_WIDTH}"
    )


def cache_key(content_hash: str, kind: str) -> str:
    """The cache entry of some content under the current settings."""
    return hashlib.sha256(f"{content_hash}|{_settings_key(kind)}".encode()).hexdigest()[:24]


def _stamp(stat: os.stat_result) -> list[int]:
    """What tells an unchanged file without reading it (a copy, a checkout or an edit that keeps
    the mtime changes the inode or the ctime)."""
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _read_meta(folder: Path) -> ImageEntry | None:
    try:
        return ImageEntry.from_dict(json.loads((folder / "meta.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _remove(path: Path) -> None:
    """Remove an entry folder so that no reader ever sees part of it: rename it away first."""
    trash = path.with_name(f".tmp-trash-{path.name}-{os.getpid()}-{time.monotonic_ns()}")
    try:
        os.rename(path, trash)
    except OSError:
        return
    shutil.rmtree(trash, ignore_errors=True)


class ImageCache:
    """Derivatives on disk under .cache/images, keyed by content hash + settings + version.

    ``manifest.json`` remembers, per source path, the stat stamp and content hash seen last, and
    the entries of the last build, so that an unchanged photo costs a stat() and a lookup."""

    def __init__(self, root: Path, *, enabled: bool = True) -> None:
        self.root = root
        self.enabled = enabled
        self.manifest_path = root / "manifest.json"
        self.files: dict[str, list] = {}  # rel → [size, mtime_ns, ctime_ns, inode, content hash]
        self.entries: dict[str, dict] = {}  # key → entry (as in meta.json)
        self.used: set[str] = set()
        self.sources: dict[str, tuple[str, str]] = {}  # key → (source path, kind) of this build
        self._seen: dict[str, list] = {}
        self._loaded: tuple[dict, dict] = ({}, {})
        self._scratch: Path | None = None
        self._cleanup: weakref.finalize | None = None
        if enabled:
            try:
                data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.get("version") == PIPELINE_VERSION:
                    files, entries = data.get("files"), data.get("entries")
                    if isinstance(files, dict) and isinstance(entries, dict):
                        self.files, self.entries = files, entries
            except (OSError, ValueError):
                pass
            self._loaded = (dict(self.files), dict(self.entries))

    def folder(self, key: str) -> Path:
        return self.root / key[:2] / key

    def load(self, key: str) -> ImageEntry | None:
        """The complete entry of a key, if the cache holds one."""
        if not self.enabled:
            return None
        return _read_meta(self.folder(key))

    def lookup(self, job: Job) -> ImageEntry | None:
        """The warm path: one stat(), dictionary lookups and an existence check; no reading."""
        if not self.enabled:
            return None
        try:
            stamp = _stamp(os.stat(job.source))
        except OSError:
            return None
        known = self.files.get(job.rel)
        if not known or known[:4] != stamp:
            return None
        try:
            key = cache_key(str(known[4]), job.kind)
            data = self.entries.get(key)
            if not os.path.isdir(self.folder(key)):
                return None
            entry = ImageEntry.from_dict(data) if data else self.load(key)
        except (ValueError, KeyError, TypeError, IndexError):
            return None
        if entry is None:
            return None
        self.remember(job, key, known, entry)
        return entry

    def remember(self, job: Job, key: str, record: list | None, entry: ImageEntry) -> None:
        """Note that this build uses an entry (record: the file's stamp and content hash)."""
        self.used.add(key)
        self.sources[key] = (str(job.source), job.kind)
        if record is not None:
            self._seen[job.rel] = record
        if key not in self.entries:
            self.entries[key] = asdict(entry)

    def save_manifest(self) -> None:
        """Write the manifest of this build (atomically: a temporary file renamed over it)."""
        if not self.enabled:
            return
        files = dict(sorted(self._seen.items()))
        entries = {key: self.entries[key] for key in sorted(self.used) if key in self.entries}
        if (files, entries) == self._loaded:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.root, prefix=".tmp-manifest-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"version": PIPELINE_VERSION, "files": files, "entries": entries}, out)
            os.replace(temporary, self.manifest_path)
        except OSError as error:  # a full disk costs a re-hash next time, never the build
            log.warning("image cache manifest not written: %s", error)
            Path(temporary).unlink(missing_ok=True)
            return
        self._loaded = (files, entries)

    def prune(self) -> int:
        """Remove the entries this build did not use, and temporary folders and files left by
        builds that died (older than STALE_SECONDS: a younger one may be a running build's)."""
        removed = 0
        if not self.enabled or not self.root.is_dir():
            return removed
        stale = time.time() - STALE_SECONDS
        for item in list(self.root.iterdir()):
            if item.name.startswith(".tmp-"):
                removed += _remove_if_stale(item, stale)
                continue
            if not item.is_dir() or len(item.name) != 2:
                continue
            for entry in list(item.iterdir()):
                if entry.name.startswith(".tmp-"):
                    removed += _remove_if_stale(entry, stale)
                elif entry.name not in self.used:
                    _remove(entry)
                    removed += 1
            with contextlib.suppress(OSError):
                item.rmdir()  # only when empty
        return removed

    def scratch(self) -> Path:
        """Where a build without cache renders: removed once published (or with this object,
        or at exit, when the build stops before)."""
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="gongshi-images-"))
            self._cleanup = weakref.finalize(self, shutil.rmtree, self._scratch, True)
        return self._scratch

    def discard_scratch(self) -> None:
        if self._cleanup is not None:
            self._cleanup()
        self._scratch = self._cleanup = None


def _remove_if_stale(path: Path, stale: float) -> int:
    try:
        if path.lstat().st_mtime >= stale:
            return 0
    except OSError:
        return 0
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
    return 1


# -- work -------------------------------------------------------------------------------------


def _process(args: tuple[str, str, str, str]) -> tuple:
    """Worker: read, hash and (unless the cache has it) render one image.

    Returns (rel, kind, record, key, entry, problem code, params); record is the file's stamp
    and content hash, None when the file changed while it was read (then nothing is remembered).
    The key is the hash of the bytes actually decoded, so an entry always matches its name."""
    source, rel, kind, root = args
    path = Path(source)
    try:
        before = os.stat(path)
        if before.st_size > MAX_BYTES:
            detail = f"{path.name}: {before.st_size / 1048576:.1f} MB"
            return rel, kind, None, None, None, "image-too-large", {"detail": detail}
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
            after = os.fstat(handle.fileno())
        content = hashlib.sha256(data).hexdigest()
        record = [*_stamp(before), content] if _stamp(before) == _stamp(after) else None
        key = cache_key(content, kind)
        final = Path(root) / key[:2] / key
        entry = _read_meta(final)
        if entry is None:
            entry = _render_into(final, path, key, kind, data)
        return rel, kind, record, key, asdict(entry), None, {}
    except ImageProblem as problem:
        params = {k: str(v) for k, v in problem.params.items()}
        return rel, kind, None, None, None, problem.code, params
    except Exception as error:  # e.g. the file vanished, the disk is full
        detail = f"{path.name}: {_reason(error)}"
        return rel, kind, None, None, None, "image-unreadable", {"detail": detail}


def _render_into(final: Path, source: Path, key: str, kind: str, data: bytes) -> ImageEntry:
    """Render into a temporary folder beside `final`, then rename it into place."""
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=final.parent, prefix=f".tmp-{key[:8]}-"))
    try:
        entry = render_entry(source, key, staging, _widths(kind), data=data)
        (staging / "meta.json").write_text(json.dumps(asdict(entry)), encoding="utf-8")
        try:
            os.rename(staging, final)
        except OSError:  # another build finished the same entry first: theirs is complete
            shutil.rmtree(staging, ignore_errors=True)
        return entry
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def process(
    jobs: list[Job], cache: ImageCache, *, workers: int | None = None
) -> tuple[dict[str, ImageEntry], dict[str, tuple[str, dict]]]:
    """Derivatives for every job: (rel → entry, rel → (problem code, params))."""
    entries: dict[str, ImageEntry] = {}
    problems: dict[str, tuple[str, dict]] = {}
    root = cache.root if cache.enabled else cache.scratch()
    tasks: list[tuple[str, str, str, str]] = []
    queued: set[tuple[str, str]] = set()
    by_rel: dict[tuple[str, str], Job] = {}
    for job in jobs:
        cached = cache.lookup(job)
        if cached is not None:
            entries[job.rel] = cached
        elif (job.rel, job.kind) not in queued:
            queued.add((job.rel, job.kind))
            by_rel[(job.rel, job.kind)] = job
            tasks.append((str(job.source), job.rel, job.kind, str(root)))
    if tasks:
        count = min(len(tasks), workers or _cores())
        if count > 1:
            with ProcessPoolExecutor(max_workers=count) as pool:
                chunk = max(1, len(tasks) // (count * 8))
                results = list(pool.map(_process, tasks, chunksize=chunk))
        else:
            results = [_process(task) for task in tasks]
        for rel, kind, record, key, data, code, params in results:
            if data is None or key is None:
                problems[rel] = (code or "image-unreadable", params)
                continue
            entry = ImageEntry.from_dict(data)
            entries[rel] = entry
            cache.remember(by_rel[(rel, kind)], key, record, entry)
    if not cache.enabled:
        cache.root = root  # publish from the scratch folder
    cache.save_manifest()
    return entries, problems


def publish(entries: dict[str, ImageEntry], cache: ImageCache, site_dir: Path) -> int:
    """Hard-link (or copy) every used derivative into site/media; returns bytes.

    A cache entry removed meanwhile by a concurrent build's prune is rendered again."""
    total = 0
    done: set[str] = set()
    for entry in entries.values():
        if entry.key in done:
            continue
        done.add(entry.key)
        target = site_dir / "media" / entry.key[:2] / entry.key
        target.mkdir(parents=True, exist_ok=True)
        names = entry.files()
        folder = cache.folder(entry.key)
        if not _link_all(folder, target, names):
            _repair(entry.key, cache, folder, target, names)
        total += sum((target / name).stat().st_size for name in names)
    if not cache.enabled:
        cache.discard_scratch()
    return total


def _repair(key: str, cache: ImageCache, folder: Path, target: Path, names: list[str]) -> None:
    """A cache entry lost files after this build looked it up (a concurrent build's prune, a
    power cut): render it again, into the cache when the source still has the same content."""
    source, kind = cache.sources[key]
    data = Path(source).read_bytes()
    if cache_key(hashlib.sha256(data).hexdigest(), kind) == key:
        _remove(folder)
        _render_into(folder, Path(source), key, kind, data)
        if _link_all(folder, target, names):
            return
    with tempfile.TemporaryDirectory(prefix="gongshi-images-") as again:
        render_entry(Path(source), key, Path(again), _widths(kind), data=data)
        if not _link_all(Path(again), target, names):
            raise OSError(f"cannot publish the images of {source}")


def _link_all(folder: Path, target: Path, names: list[str]) -> bool:
    for name in names:
        source, destination = folder / name, target / name
        try:
            if source.stat().st_size == 0:
                return False
            destination.unlink(missing_ok=True)
            try:
                os.link(source, destination)
            except OSError:
                shutil.copyfile(source, destination)
        except FileNotFoundError:
            return False
    return True

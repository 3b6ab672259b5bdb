"""Photos and logos are untrusted input: checked, decoded safely, stripped of metadata and resized.

- The file is opened and checked by :mod:`generator.media.formats` (the format allowlist, the
  header's size limits, a whole file). Validation (:func:`inspect`) stops there, without decoding
  pixels, so validating a city stays fast. The build (:func:`render_entry`) decodes fully;
  anything Pillow refuses there is a finding too.
- EXIF orientation is applied; an ICC profile is converted to sRGB, then every metadata block
  (EXIF, GPS, XMP, ICC, comments, PNG text) is dropped: nothing of ``im.info`` reaches the encoder.
- Derivatives: WebP in a few widths, JPEG in those up to 960 px; :mod:`generator.media.cache`
  keeps them by content hash and :func:`rendering_settings`.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageCms

from generator.media.formats import (
    MAX_BYTES,
    ImageProblem,
    check_format,
    check_whole,
    describe,
    open_image,
)

PIPELINE_VERSION = 6
PHOTO_WIDTHS = (480, 960, 1600)
# 128: a card's 56 px logo on a phone at DPR 1.5–2 (Chrome takes the first width at least as
# wide as needed: 98 px at DPR 1.75 would otherwise fetch the 192, 1.7× the bytes)
LOGO_WIDTHS = (96, 128, 192, 512)
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
        with open_image(path, name) as image:
            image_format = check_format(image, name)
            width, height = _displayed(image, _orientation(image, header_only=True))
        check_whole(path, image_format, size)
    except ImageProblem:
        raise
    except Exception as error:  # no input becomes a traceback
        raise ImageProblem("image-unreadable", detail=f"{name}: {describe(error)}") from None
    if kind == "photo" and width < MIN_PHOTO_WIDTH:
        raise ImageProblem("image-too-small", width=width, minimum=MIN_PHOTO_WIDTH)
    return width, height


# -- rendering --------------------------------------------------------------------------------


def target_sizes(width: int, height: int, widths: Iterable[int]) -> list[tuple[int, int]]:
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
            image = open_image(io.BytesIO(data), name)
            image_format = check_format(image, name)
            orientation = _orientation(image)
            width, height = _displayed(image, orientation)
            sizes = target_sizes(width, height, widths)
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
            raise ImageProblem("image-unreadable", detail=f"{name}: {describe(error)}") from None
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


def derivative_widths(kind: str) -> tuple[int, ...]:
    """The widths of the derivatives of a "photo" or a "logo"."""
    return PHOTO_WIDTHS if kind == "photo" else LOGO_WIDTHS


def rendering_settings(kind: str) -> str:
    """Everything the derivatives of a kind depend on besides the source (part of a cache key)."""
    return (
        f"v{PIPELINE_VERSION}-{kind}-{derivative_widths(kind)}-{JPEG_QUALITY}-{WEBP_QUALITY}"
        f"-{WEBP_METHOD_SMALL}/{WEBP_METHOD_LARGE}@{WEBP_LARGE_FROM}"
        f"-{RESAMPLE_FIRST.name}/{RESAMPLE.name}-{FIRST_REDUCING_GAP}/{REDUCING_GAP}"
        f"-{int(JPEG_PROGRESSIVE)}-jpeg<={JPEG_MAX_WIDTH}"
    )

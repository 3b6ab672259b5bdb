"""Procedural drawings for the example city: organization logos and activity photos.

Everything here is pure Pillow and deterministic: the same arguments always give byte-identical
images, because every random choice comes from a ``random.Random`` seeded from the arguments.

Photos are built like a tiny pinhole-camera renderer: a scene lays out a room or an outdoor
setting in metres, registers furniture and people as depth-sorted draw calls, and the result is
finished with a background blur, soft shadows, a lighting gradient, a vignette and mild grain.
"""

from __future__ import annotations

import colorsys
import math
import os
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from PIL.TiffImagePlugin import IFDRational

__all__ = ["SCENES", "draw_logo", "draw_photo", "find_cjk_font", "save_photo_jpeg"]

SCENES: tuple[str, ...] = (
    "meeting_room",
    "park",
    "classroom",
    "market_stall",
    "dining_hall",
    "sports_court",
    "street_cleanup",
    "stage_performance",
    "elderly_visit",
    "garden",
)

RGB = tuple[int, int, int]
Point = tuple[float, float]

# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------

_FONT_FILES: tuple[str, ...] = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)
_FONT_DIRS: tuple[str, ...] = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
)
_FONT_PATTERNS: tuple[str, ...] = (
    "NotoSansCJK*Regular*",
    "NotoSansSC*",
    "NotoSerifCJK*Regular*",
    "SourceHanSans*",
    "wqy-*",
    "DroidSansFallback*",
)


@lru_cache(maxsize=1)
def find_cjk_font() -> str | None:
    """Return the path of a font that can render Simplified Chinese, or None if none is found.

    ``GONGSHI_CJK_FONT`` overrides the search; otherwise well-known paths of Noto Sans/Serif
    CJK, WenQuanYi and Droid Sans Fallback are tried, then the usual font folders are scanned.
    """
    override = os.environ.get("GONGSHI_CJK_FONT")
    if override and Path(override).is_file():
        return override
    for candidate in _FONT_FILES:
        if Path(candidate).is_file():
            return candidate
    for folder in _FONT_DIRS:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        for pattern in _FONT_PATTERNS:
            found = sorted(
                p for p in root.rglob(pattern) if p.suffix.lower() in {".ttc", ".otf", ".ttf"}
            )
            if found:
                return str(found[0])
    return None


def _font_variant(path: str, *, bold: bool, serif: bool) -> str:
    """Swap Regular→Bold and Sans→Serif in a Noto CJK file name when such a sibling exists."""
    p = Path(path)
    name = p.name
    if serif:
        name = name.replace("Sans", "Serif")
    if bold:
        name = name.replace("Regular", "Bold")
    sibling = p.with_name(name)
    if sibling.is_file():
        return str(sibling)
    if serif and bold:
        return _font_variant(path, bold=True, serif=False)
    return path


@lru_cache(maxsize=16)
def _sc_index(path: str) -> int:
    """Face index of the Simplified-Chinese face inside a font collection (0 if not a TTC)."""
    if not path.lower().endswith(".ttc"):
        return 0
    for index in range(12):
        try:
            family = ImageFont.truetype(path, 12, index=index).getname()[0] or ""
        except OSError:
            break
        if " SC" in family or family.endswith("SC"):
            return index
    return 0


@lru_cache(maxsize=256)
def _load_font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, index=_sc_index(path))


def _font(size: int, *, bold: bool = True, serif: bool = False) -> ImageFont.FreeTypeFont | None:
    """A CJK font of the given pixel size, or None when no CJK font is installed."""
    base = find_cjk_font()
    if base is None:
        return None
    try:
        return _load_font(_font_variant(base, bold=bold, serif=serif), max(4, int(size)))
    except OSError:
        return None


def _fit_font(
    text: str, max_w: float, max_h: float, *, bold: bool = True, serif: bool = False
) -> ImageFont.FreeTypeFont | None:
    """The largest font (by ink box) that fits ``text`` into max_w × max_h pixels."""
    size = max(4, int(max_h))
    font = _font(size, bold=bold, serif=serif)
    if font is None or not text:
        return font
    left, top, right, bottom = font.getbbox(text)
    scale = min(max_w / max(1, right - left), max_h / max(1, bottom - top))
    if scale < 1.0 or scale > 1.15:
        font = _font(max(4, int(size * scale * 0.98)), bold=bold, serif=serif)
    return font


def _draw_centered_text(
    draw: ImageDraw.ImageDraw,
    center: Point,
    text: str,
    font: ImageFont.FreeTypeFont,
    fill: RGB | tuple[int, int, int, int],
) -> None:
    """Draw text whose ink bounding box is centred on ``center``."""
    left, top, right, bottom = font.getbbox(text)
    draw.text(
        (center[0] - (left + right) / 2, center[1] - (top + bottom) / 2), text, font=font, fill=fill
    )


# --------------------------------------------------------------------------------------------
# Colour helpers
# --------------------------------------------------------------------------------------------


def _hex(color: str) -> RGB:
    """Parse '#RRGGBB' or '#RGB'."""
    value = color.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    if len(value) != 6:
        raise ValueError(f"not a hex colour: {color!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _clamp(v: float) -> int:
    return 0 if v < 0 else 255 if v > 255 else round(v)


def _mix(a: Sequence[int], b: Sequence[int], t: float) -> RGB:
    return (
        _clamp(a[0] + (b[0] - a[0]) * t),
        _clamp(a[1] + (b[1] - a[1]) * t),
        _clamp(a[2] + (b[2] - a[2]) * t),
    )


def _shade(c: Sequence[int], f: float) -> RGB:
    return (_clamp(c[0] * f), _clamp(c[1] * f), _clamp(c[2] * f))


def _vary(rng: random.Random, c: Sequence[int], amount: int = 10) -> RGB:
    return (
        _clamp(c[0] + rng.randint(-amount, amount)),
        _clamp(c[1] + rng.randint(-amount, amount)),
        _clamp(c[2] + rng.randint(-amount, amount)),
    )


def _alpha(c: Sequence[int], a: int) -> tuple[int, int, int, int]:
    return (c[0], c[1], c[2], a)


def _luma(c: Sequence[int]) -> float:
    return (0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]) / 255


def _hls_shift(
    c: Sequence[int], dh: float = 0.0, light: float | None = None, sat: float | None = None
) -> RGB:
    h, lum, s = colorsys.rgb_to_hls(c[0] / 255, c[1] / 255, c[2] / 255)
    h = (h + dh) % 1.0
    lum = lum if light is None else light
    s = s if sat is None else sat
    r, g, b = colorsys.hls_to_rgb(h, lum, s)
    return _clamp(r * 255), _clamp(g * 255), _clamp(b * 255)


def _vgrad(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    """A vertical gradient image."""
    w, h = max(1, size[0]), max(1, size[1])
    mask = Image.linear_gradient("L").resize((w, h), Image.Resampling.BILINEAR)
    return Image.composite(Image.new("RGB", (w, h), bottom), Image.new("RGB", (w, h), top), mask)


# Palettes (muted, photographic rather than saturated clip-art colours).
_SKIN: tuple[RGB, ...] = (
    (238, 204, 176),
    (228, 188, 155),
    (216, 172, 138),
    (200, 154, 120),
    (242, 212, 186),
)
_HAIR: tuple[RGB, ...] = ((26, 22, 20), (34, 28, 25), (48, 36, 28), (70, 50, 36), (22, 20, 22))
_GREY_HAIR: tuple[RGB, ...] = ((150, 148, 145), (190, 188, 184), (112, 108, 104), (210, 208, 204))
_TOPS: tuple[RGB, ...] = (
    (44, 62, 80), (60, 60, 62), (232, 232, 228), (150, 190, 225), (214, 196, 166), (110, 122, 78),
    (124, 45, 58), (140, 140, 140), (74, 111, 165), (200, 160, 60), (224, 142, 121), (46, 107, 79),
    (168, 155, 200), (30, 30, 32), (231, 163, 181), (190, 56, 48), (42, 140, 140), (111, 78, 55),
    (242, 232, 213), (86, 98, 130),
)  # fmt: skip
_ELDER_TOPS: tuple[RGB, ...] = (
    (120, 40, 50), (100, 80, 60), (90, 90, 92), (60, 84, 70), (150, 120, 90), (70, 70, 100),
    (170, 60, 60), (200, 190, 170), (110, 60, 90),
)  # fmt: skip
_KID_TOPS: tuple[RGB, ...] = (
    (220, 50, 50), (250, 200, 40), (80, 170, 230), (90, 180, 90), (250, 140, 40), (240, 120, 170),
    (255, 255, 255), (40, 90, 180),
)  # fmt: skip
_BOTTOMS: tuple[RGB, ...] = (
    (34, 34, 36), (36, 52, 71), (61, 90, 128), (90, 90, 92), (166, 143, 107), (91, 70, 54),
    (50, 50, 60), (70, 80, 100),
)  # fmt: skip
_SHOES: tuple[RGB, ...] = ((30, 30, 30), (235, 235, 235), (80, 60, 45), (45, 45, 55))
_VEST_RED: RGB = (214, 40, 40)
_BAG_COLOURS: tuple[RGB, ...] = (
    (236, 234, 226),
    (60, 120, 70),
    (40, 44, 50),
    (200, 60, 50),
    (90, 130, 190),
    (220, 190, 130),
)


# --------------------------------------------------------------------------------------------
# Camera, lighting and the scene context
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Camera:
    """A level pinhole camera: x is metres to the right, h metres up, z metres ahead."""

    width: int
    height: int
    focal: float
    cx: float
    horizon: float
    eye: float

    def pt(self, x: float, h: float, z: float) -> Point:
        z = max(z, 0.05)
        return self.cx + self.focal * x / z, self.horizon + self.focal * (self.eye - h) / z

    def ppm(self, z: float) -> float:
        """Pixels per metre at depth z."""
        return self.focal / max(z, 0.05)

    def half_width(self, z: float) -> float:
        """Half of the visible width in metres at depth z."""
        return self.width / 2 / self.focal * z

    def near_z(self) -> float:
        """Depth of the ground seen at the bottom edge of the frame."""
        return self.focal * self.eye / max(1.0, self.height - self.horizon)


@dataclass(frozen=True)
class _Light:
    """Time of day: sky colours, a multiplicative colour tint and the side light comes from."""

    name: str
    sky_top: RGB
    sky_low: RGB
    tint: RGB
    sun_side: float
    contrast: float
    shadow: float


_OUTDOOR_LIGHTS: tuple[_Light, ...] = (
    _Light("morning", (112, 162, 218), (206, 224, 238), (255, 251, 242), -1.0, 0.16, 0.5),
    _Light("noon", (84, 142, 212), (192, 216, 236), (255, 255, 252), 0.3, 0.10, 0.6),
    _Light("afternoon", (104, 150, 206), (214, 222, 226), (255, 246, 230), 1.0, 0.18, 0.55),
    _Light("golden", (120, 148, 192), (246, 212, 172), (255, 234, 204), 1.0, 0.24, 0.5),
    _Light("overcast", (172, 180, 190), (214, 217, 221), (242, 244, 247), 0.0, 0.06, 0.25),
)
_INDOOR_LIGHTS: tuple[_Light, ...] = (
    _Light("warm", (0, 0, 0), (0, 0, 0), (255, 244, 226), -1.0, 0.16, 0.3),
    _Light("cool", (0, 0, 0), (0, 0, 0), (246, 250, 255), 1.0, 0.12, 0.3),
    _Light("neutral", (0, 0, 0), (0, 0, 0), (255, 251, 244), 1.0, 0.14, 0.3),
)

_Item = tuple[float, int, Callable[[], None]]


@dataclass
class _Ctx:
    """Everything a scene builder needs: the canvas, camera, randomness and the draw queue."""

    rng: random.Random
    cam: _Camera
    img: Image.Image
    light: _Light
    children: bool
    season: str
    draw: ImageDraw.ImageDraw = field(init=False)
    shadow: Image.Image = field(init=False)
    sdraw: ImageDraw.ImageDraw = field(init=False)
    items: list[_Item] = field(default_factory=list)
    spots: list[tuple[float, float, float, float]] = field(default_factory=list)
    placed: list[tuple[float, float]] = field(default_factory=list)
    blockers: list[tuple[float, float, float, float]] = field(default_factory=list)
    dim: float = 0.0

    def __post_init__(self) -> None:
        self.draw = ImageDraw.Draw(self.img, "RGBA")
        self.shadow = Image.new("L", self.img.size, 0)
        self.sdraw = ImageDraw.Draw(self.shadow)

    @property
    def w(self) -> int:
        return self.img.width

    @property
    def h(self) -> int:
        return self.img.height

    @property
    def u(self) -> float:
        """A pixel unit that scales with the image size (1.0 at 1200 px short side)."""
        return min(self.img.width, self.img.height) / 1200

    def add(self, z: float, fn: Callable[[], None]) -> None:
        """Queue a draw call at depth z; the queue is drawn far to near."""
        self.items.append((z, len(self.items), fn))

    def poly(
        self, pts: Sequence[Point], fill: Sequence[int], outline: Sequence[int] | None = None
    ) -> None:
        self.draw.polygon(list(pts), fill=tuple(fill), outline=tuple(outline) if outline else None)

    def quad(
        self, x0: float, x1: float, h0: float, h1: float, z: float, fill: Sequence[int]
    ) -> None:
        """A frontal rectangle (parallel to the image plane) at depth z."""
        a = self.cam.pt(x0, h1, z)
        b = self.cam.pt(x1, h0, z)
        self.draw.rectangle([a[0], a[1], b[0], b[1]], fill=tuple(fill))

    def ground(self, x0: float, x1: float, z0: float, z1: float, h: float = 0.0) -> list[Point]:
        """Corners of a horizontal rectangle."""
        p = self.cam.pt
        return [p(x0, h, z0), p(x1, h, z0), p(x1, h, z1), p(x0, h, z1)]

    def side(self, x: float, h0: float, h1: float, z0: float, z1: float) -> list[Point]:
        """Corners of a rectangle in the plane x = const (a side wall)."""
        p = self.cam.pt
        return [p(x, h0, z0), p(x, h1, z0), p(x, h1, z1), p(x, h0, z1)]

    def ground_shadow(
        self, x: float, z: float, rx: float, rz: float, strength: float = 1.0
    ) -> None:
        """A soft contact shadow on the floor, blurred and composited later."""
        if z - rz <= 0.2:
            return
        x += self.light.sun_side * -0.08
        left = self.cam.pt(x - rx, 0, z)[0]
        right = self.cam.pt(x + rx, 0, z)[0]
        top = self.cam.pt(x, 0, z + rz)[1]
        bottom = self.cam.pt(x, 0, z - rz)[1]
        value = _clamp(255 * self.light.shadow * strength)
        self.sdraw.ellipse([left, top, right, max(top + 1, bottom)], fill=value)

    def free(self, x: float, z: float, dist: float = 0.55) -> bool:
        """True when (x, z) is clear of people already placed and of furniture blockers."""
        for px, pz in self.placed:
            if (px - x) ** 2 + ((pz - z) * 0.8) ** 2 < dist * dist:
                return False
        return all(not (x0 < x < x1 and z0 < z < z1) for x0, x1, z0, z1 in self.blockers)


def _make_camera(
    rng: random.Random,
    width: int,
    height: int,
    *,
    eye: tuple[float, float] = (1.45, 1.7),
    horizon: tuple[float, float] = (0.42, 0.5),
    focal: tuple[float, float] = (0.72, 0.9),
) -> _Camera:
    long_side = max(width, height)
    hz = height * rng.uniform(*horizon)
    if height > width:  # portrait: look a little more downward to show more floor
        hz = height * (rng.uniform(*horizon) * 0.85)
    return _Camera(width, height, long_side * rng.uniform(*focal), width / 2, hz, rng.uniform(*eye))


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------


@dataclass
class _Person:
    """Appearance of one figure; sizes are in metres."""

    height: float
    child: bool
    elderly: bool
    female: bool
    skin: RGB
    hair: RGB
    hair_style: str
    top: RGB
    bottom: RGB
    shoes: RGB
    build: float
    short_sleeves: bool
    skirt: bool
    vest: RGB | None = None
    cap: RGB | None = None
    scarf: bool = False
    glasses: bool = False
    turn: float = 0.0
    arms: str = "down"
    prop: str | None = None
    prop_color: RGB = (200, 36, 40)
    stance: float = 0.03


def _make_person(
    rng: random.Random,
    *,
    child: bool = False,
    elderly: bool | None = None,
    season: str = "spring",
    vest: RGB | None = None,
    cap: RGB | None = None,
    top: RGB | None = None,
) -> _Person:
    """A random person; ``elderly`` None means 'sometimes'."""
    female = rng.random() < 0.55
    if child:
        elderly = False
        height = rng.uniform(1.0, 1.45)
    else:
        elderly = rng.random() < 0.3 if elderly is None else elderly
        height = rng.uniform(1.52, 1.68) if female else rng.uniform(1.62, 1.82)
        if elderly:
            height -= rng.uniform(0.02, 0.07)
    if elderly:
        hair = rng.choice(_GREY_HAIR)
        styles = ("short", "short", "bald", "curly") if not female else ("curly", "short", "bun")
        tops = _ELDER_TOPS
    else:
        hair = rng.choice(_HAIR)
        styles = ("short", "short", "spiky") if not female else ("long", "ponytail", "bob", "bun")
        tops = _KID_TOPS if child else _TOPS
    summer = season == "summer"
    return _Person(
        height=height,
        child=child,
        elderly=elderly,
        female=female,
        skin=rng.choice(_SKIN),
        hair=hair,
        hair_style=rng.choice(styles),
        top=_vary(rng, top if top is not None else rng.choice(tops), 8),
        bottom=_vary(rng, rng.choice(_BOTTOMS), 6),
        shoes=rng.choice(_SHOES),
        build=rng.uniform(0.92, 1.12) * (1.06 if elderly else 1.0),
        short_sleeves=summer and rng.random() < 0.7,
        skirt=female and not elderly and rng.random() < (0.35 if summer else 0.15),
        vest=vest,
        cap=cap,
        scarf=child and rng.random() < 0.5,
        glasses=rng.random() < (0.35 if elderly else 0.12),
        turn=rng.uniform(-1, 1),
        stance=rng.uniform(0.0, 0.06),
    )


def _draw_person(
    d: ImageDraw.ImageDraw,
    fx: float,
    fy: float,
    s: float,
    p: _Person,
    *,
    pose: str = "stand",
    facing: str = "front",
    seat: float = 0.45,
) -> None:
    """Draw a figure whose feet are at screen (fx, fy) at a scale of ``s`` pixels per metre."""

    def X(dx: float) -> float:
        return fx + dx * s

    def Y(h: float) -> float:
        return fy - h * s

    def poly(pts: Sequence[Point], c: Sequence[int]) -> None:
        d.polygon([(X(a), Y(b)) for a, b in pts], fill=tuple(c))

    def ell(cx: float, cy: float, rx: float, ry: float, c: Sequence[int]) -> None:
        d.ellipse([X(cx - rx), Y(cy + ry), X(cx + rx), Y(cy - ry)], fill=tuple(c))

    def limb(pts: Sequence[Point], width: float, c: Sequence[int]) -> None:
        d.line(
            [(X(a), Y(b)) for a, b in pts],
            fill=tuple(c),
            width=max(1, round(width * s)),
            joint="curve",
        )

    H = p.height
    if H * s < 10:  # too far away for detail: a coloured smudge with a head
        ell(0, H * 0.45, 0.16, H * 0.42, p.top)
        ell(0, H * 0.9, 0.1, 0.11, p.hair if facing == "back" else p.skin)
        return

    head = 0.23 * (H / 1.7) ** 0.45
    shoulder = H - head - 0.055 * (H / 1.7)
    hip = H * (0.47 if p.child else 0.5)
    sw = (0.18 if p.female else 0.2) * p.build * (H / 1.7) ** (0.9 if p.child else 0.6)
    hw = sw * (0.86 if p.female else 0.8)
    lw = hw * 0.46
    aw = sw * 0.36
    lift = 0.0 if pose == "stand" else seat + 0.06 - hip
    sh, hp, top = shoulder + lift, hip + lift, H + lift
    jacket = hp - 0.05 * H
    dark = _shade(p.top, 0.78)
    back = facing == "back"
    seated = pose != "stand"

    # Legs and feet.
    if not seated:
        leg_dark = _shade(p.bottom, 0.82)
        legs_col = p.skin if p.skirt else p.bottom
        for side in (-1, 1):
            cx_top = side * hw * 0.5
            cx_bot = side * (hw * 0.42 + p.stance)
            col = legs_col if side < 0 else (_shade(p.skin, 0.9) if p.skirt else leg_dark)
            poly(
                [
                    (cx_top - lw, hp + 0.02),
                    (cx_top + lw, hp + 0.02),
                    (cx_bot + lw * 0.72, 0.06),
                    (cx_bot - lw * 0.72, 0.06),
                ],
                col,
            )
            ell(cx_bot + (0.0 if back else side * 0.01), 0.035, lw * 0.95, 0.04, p.shoes)
        if p.skirt:
            poly(
                [
                    (-hw * 1.02, hp + 0.04),
                    (hw * 1.02, hp + 0.04),
                    (hw * 1.4, H * 0.29),
                    (-hw * 1.4, H * 0.29),
                ],
                p.bottom,
            )
    elif not back:
        knee = seat - 0.02
        for side in (-1, 1):
            cx = side * hw * 0.52
            col = p.skin if p.skirt else (p.bottom if side < 0 else _shade(p.bottom, 0.85))
            poly(
                [
                    (cx - lw * 0.85, knee),
                    (cx + lw * 0.85, knee),
                    (cx + lw * 0.7, 0.07),
                    (cx - lw * 0.7, 0.07),
                ],
                col,
            )
            ell(cx, 0.04, lw * 0.95, 0.045, p.shoes)
        lap = p.bottom
        poly(
            [
                (-hw * 1.08, hp + 0.05),
                (hw * 1.08, hp + 0.05),
                (hw * 1.16, knee - 0.03),
                (-hw * 1.16, knee - 0.03),
            ],
            lap,
        )
        poly(
            [
                (0.0, hp + 0.05),
                (hw * 1.08, hp + 0.05),
                (hw * 1.16, knee - 0.03),
                (0.0, knee - 0.03),
            ],
            _shade(lap, 0.88),
        )

    # Long hair hangs behind the shoulders.
    hx = p.turn * 0.012
    hrx = head * 0.4
    long_hair = p.hair_style in ("long", "ponytail") and not p.cap
    if long_hair and not back and p.hair_style == "long":
        poly(
            [
                (hx - hrx * 1.12, top - head * 0.35),
                (hx + hrx * 1.12, top - head * 0.35),
                (hx + hrx * 1.3, sh - 0.1),
                (hx - hrx * 1.3, sh - 0.1),
            ],
            p.hair,
        )

    # Torso with a shaded side, optional vest.
    torso = [
        (-sw * 0.5, sh + 0.035), (sw * 0.5, sh + 0.035), (sw, sh - 0.02), (sw * 0.97, sh - 0.14),
        (hw * 1.07, jacket), (-hw * 1.07, jacket), (-sw * 0.97, sh - 0.14), (-sw, sh - 0.02),
    ]  # fmt: skip
    poly(torso, p.top)
    poly(
        [
            (sw * 0.42, sh + 0.03),
            (sw, sh - 0.02),
            (sw * 0.97, sh - 0.14),
            (hw * 1.07, jacket),
            (hw * 0.45, jacket),
        ],
        dark,
    )
    if p.vest is not None:
        vest_dark = _shade(p.vest, 0.82)
        if back:
            poly(
                [
                    (-sw * 0.85, sh + 0.01),
                    (sw * 0.85, sh + 0.01),
                    (hw * 1.1, jacket - 0.02),
                    (-hw * 1.1, jacket - 0.02),
                ],
                p.vest,
            )
            poly(
                [
                    (-sw * 0.55, sh - 0.06),
                    (sw * 0.55, sh - 0.06),
                    (sw * 0.55, sh - 0.15),
                    (-sw * 0.55, sh - 0.15),
                ],
                (250, 225, 90),
            )
        else:
            for side in (-1, 1):
                pts = [(side * sw * 0.88, sh + 0.01), (side * sw * 0.36, sh + 0.03), (side * 0.02, sh - 0.24), (side * 0.02, jacket - 0.02), (side * hw * 1.1, jacket - 0.02), (side * sw * 0.96, sh - 0.14)]  # fmt: skip
                poly(pts, p.vest if side < 0 else vest_dark)
            poly(
                [
                    (-hw * 1.05, sh - 0.3),
                    (hw * 1.05, sh - 0.3),
                    (hw * 1.06, sh - 0.34),
                    (-hw * 1.06, sh - 0.34),
                ],
                (238, 226, 150),
            )
    if p.scarf and not back:
        poly([(-0.06, sh + 0.02), (0.06, sh + 0.02), (0.0, sh - 0.09)], (214, 30, 34))

    # Arms.
    sleeve = p.top
    hand_pts: list[Point] = []
    elbow_y = sh - 0.27 * (H / 1.7)
    arms = p.arms
    if seated and arms == "down":
        arms = "lap"
    for side in (-1, 1):
        sx = side * (sw - aw * 0.45)
        if arms == "front" or arms == "lap":
            hand = (side * 0.07, hp + (0.08 if arms == "lap" else 0.14))
            path = [(sx, sh - 0.03), (side * (sw + 0.02), elbow_y), hand]
        elif (arms == "wave" and side > 0) or arms == "up":
            hand = (side * (sw + 0.13), sh + 0.32 * (H / 1.7))
            path = [(sx, sh - 0.03), (side * (sw + 0.16), sh - 0.04), hand]
        elif arms == "mic" and side > 0:
            hand = (0.05, sh + 0.02)
            path = [(sx, sh - 0.03), (side * (sw + 0.06), elbow_y + 0.02), hand]
        else:
            hand = (side * (sw + 0.005), hp - 0.06)
            path = [(sx, sh - 0.03), (side * (sw + 0.025), elbow_y), hand]
        if back and hand[1] < sh and abs(hand[0]) < sw:
            path = path[:2]  # forearm hidden in front of the body
            hand = (math.nan, math.nan)
        col = sleeve if side < 0 else dark
        if p.short_sleeves:
            limb(path, aw * 0.85, p.skin if side < 0 else _shade(p.skin, 0.9))
            limb([path[0], _lerp(path[0], path[1], 0.55)], aw * 1.05, col)
        else:
            limb(path, aw, col)
        if not math.isnan(hand[0]):
            hand_pts.append(hand)

    # Neck and head.
    neck = head * 0.2
    poly(
        [
            (hx - neck, top - head * 0.8),
            (hx + neck, top - head * 0.8),
            (hx + neck, sh + 0.02),
            (hx - neck, sh + 0.02),
        ],
        _shade(p.skin, 0.86),
    )
    _draw_head(d, X, Y, s, p, hx, top, head, back=back)

    # Props and hands.
    if (p.prop and hand_pts and not back) or (
        p.prop in ("broom", "bag", "picker", "flag", "fan", "can") and hand_pts
    ):
        _draw_prop(d, X, Y, s, p, hand_pts, sw, hp)
    for hx_, hy_ in hand_pts:
        ell(hx_, hy_, aw * 0.55, aw * 0.6, p.skin)


def _lerp(a: Point, b: Point, t: float) -> Point:
    return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t


def _draw_head(
    d: ImageDraw.ImageDraw,
    X: Callable[[float], float],
    Y: Callable[[float], float],
    s: float,
    p: _Person,
    hx: float,
    top: float,
    head: float,
    *,
    back: bool,
) -> None:
    """Head, hair, cap and (when large enough) a hint of a face."""
    rx = head * 0.4

    def ell(cx: float, cy: float, ex: float, ey: float, c: Sequence[int]) -> None:
        d.ellipse([X(cx - ex), Y(cy + ey), X(cx + ex), Y(cy - ey)], fill=tuple(c))

    cy = top - head / 2
    style = p.hair_style
    if style == "bun":
        ell(hx, top + head * 0.02, rx * 0.42, head * 0.14, p.hair)
    if style == "ponytail" and back:
        d.polygon(
            [
                (X(hx - rx * 0.3), Y(top - head * 0.4)),
                (X(hx + rx * 0.3), Y(top - head * 0.4)),
                (X(hx + rx * 0.15), Y(top - head * 1.35)),
                (X(hx - rx * 0.15), Y(top - head * 1.35)),
            ],
            fill=p.hair,
        )
    if back:
        ell(hx, cy, rx * 1.04, head * 0.52, p.hair if style != "bald" else p.skin)
        if style == "bald":
            ell(hx, cy - head * 0.2, rx * 1.04, head * 0.3, p.hair)
        if style == "long":
            d.polygon(
                [
                    (X(hx - rx * 1.04), Y(cy)),
                    (X(hx + rx * 1.04), Y(cy)),
                    (X(hx + rx * 1.15), Y(top - head * 1.55)),
                    (X(hx - rx * 1.15), Y(top - head * 1.55)),
                ],
                fill=p.hair,
            )
        if style == "bob":
            ell(hx, cy - head * 0.12, rx * 1.12, head * 0.45, p.hair)
    else:
        ell(hx - rx * 0.98, cy - head * 0.05, rx * 0.16, head * 0.1, _shade(p.skin, 0.92))  # ears
        ell(hx + rx * 0.98, cy - head * 0.05, rx * 0.16, head * 0.1, _shade(p.skin, 0.92))
        hair_low = {"bob": 0.78, "long": 0.7, "curly": 0.55, "bald": 0.45}.get(style, 0.5)
        hair_w = 1.12 if style in ("bob", "curly") else 1.05
        ell(hx, top - head * hair_low / 2 + 0.005, rx * hair_w, head * hair_low / 2 + 0.01, p.hair)
        line = {"bald": 0.06, "spiky": 0.16, "bob": 0.26, "long": 0.22}.get(style, 0.2)
        fx = hx + p.turn * rx * 0.1
        face_top = top - head * line
        d.ellipse([X(fx - rx * 0.9), Y(face_top), X(fx + rx * 0.9), Y(top - head)], fill=p.skin)
        d.ellipse(
            [X(fx + rx * 0.25), Y(face_top - head * 0.05), X(fx + rx * 0.9), Y(top - head * 0.92)],
            fill=_shade(p.skin, 0.965),
        )
        px = head * s
        if px >= 22:
            r = max(0.9, px * 0.032)
            ey = Y(top - head * 0.52)
            ex = X(fx + p.turn * rx * 0.12)
            off = rx * 0.38 * s
            eye = (45, 34, 30)
            for k in (-1, 1):
                d.ellipse(
                    [ex + k * off - r, ey - r * 0.8, ex + k * off + r, ey + r * 0.8], fill=eye
                )
                if px >= 34:
                    d.line(
                        [
                            (ex + k * off - r * 1.6, ey - r * 2.2),
                            (ex + k * off + r * 1.6, ey - r * 2.4),
                        ],
                        fill=_shade(p.hair, 1.1),
                        width=max(1, round(r * 0.7)),
                    )
                if p.glasses:
                    d.ellipse(
                        [
                            ex + k * off - r * 2.6,
                            ey - r * 2.1,
                            ex + k * off + r * 2.6,
                            ey + r * 2.1,
                        ],
                        outline=(60, 50, 45),
                        width=max(1, round(r * 0.45)),
                    )
            my = Y(top - head * 0.8)
            d.line(
                [(ex - r * 1.8, my), (ex + r * 1.8, my)],
                fill=_mix(p.skin, (150, 60, 60), 0.5),
                width=max(1, round(r * 0.7)),
            )
    if p.cap is not None:
        d.chord(
            [X(hx - rx * 1.08), Y(top + head * 0.06), X(hx + rx * 1.08), Y(top - head * 0.62)],
            180,
            360,
            fill=p.cap,
        )
        if not back:
            ell(
                hx + p.turn * rx * 0.2, top - head * 0.3, rx * 1.05, head * 0.07, _shade(p.cap, 0.8)
            )


def _draw_prop(
    d: ImageDraw.ImageDraw,
    X: Callable[[float], float],
    Y: Callable[[float], float],
    s: float,
    p: _Person,
    hands: list[Point],
    sw: float,
    hp: float,
) -> None:
    """Things people hold: gifts, flyers, flags, brooms, bags, fans, microphones, balls."""
    hand = hands[-1]
    kind = p.prop
    col = p.prop_color

    def rect(x0: float, h0: float, x1: float, h1: float, c: Sequence[int]) -> None:
        d.rectangle([X(min(x0, x1)), Y(max(h0, h1)), X(max(x0, x1)), Y(min(h0, h1))], fill=tuple(c))

    def line(pts: Sequence[Point], w: float, c: Sequence[int]) -> None:
        d.line([(X(a), Y(b)) for a, b in pts], fill=tuple(c), width=max(1, round(w * s)))

    mx = sum(h[0] for h in hands) / len(hands)
    my = sum(h[1] for h in hands) / len(hands)
    if kind == "gift":
        rect(mx - 0.17, my - 0.1, mx + 0.17, my + 0.16, col)
        rect(mx - 0.025, my - 0.1, mx + 0.025, my + 0.16, (240, 200, 80))
        rect(mx - 0.17, my + 0.02, mx + 0.17, my + 0.05, (240, 200, 80))
    elif kind == "basket":
        d.chord([X(mx - 0.2), Y(my + 0.12), X(mx + 0.2), Y(my - 0.12)], 0, 180, fill=(150, 105, 60))
        for i, fc in enumerate(((230, 60, 40), (250, 170, 40), (120, 170, 60), (230, 60, 40))):
            cx = mx - 0.12 + i * 0.08
            d.ellipse([X(cx - 0.05), Y(my + 0.07), X(cx + 0.05), Y(my - 0.02)], fill=fc)
    elif kind == "flyer":
        rect(mx - 0.1, my - 0.04, mx + 0.1, my + 0.22, (245, 245, 240))
        rect(mx - 0.07, my + 0.15, mx + 0.07, my + 0.18, col)
    elif kind == "tray":
        rect(mx - 0.22, my + 0.02, mx + 0.22, my + 0.05, (200, 200, 205))
        for cx in (mx - 0.12, mx + 0.02, mx + 0.14):
            d.chord(
                [X(cx - 0.06), Y(my + 0.11), X(cx + 0.06), Y(my + 0.02)],
                0,
                180,
                fill=(250, 250, 248),
            )
    elif kind == "flag":
        top = (hand[0] + 0.02, hand[1] + 0.45)
        line([(hand[0], hand[1] - 0.05), top], 0.015, (90, 90, 90))
        d.polygon(
            [
                (X(top[0]), Y(top[1])),
                (X(top[0] + 0.3), Y(top[1] - 0.02)),
                (X(top[0] + 0.3), Y(top[1] - 0.2)),
                (X(top[0]), Y(top[1] - 0.18)),
            ],
            fill=col,
        )
    elif kind == "fan":
        d.pieslice(
            [X(hand[0] - 0.28), Y(hand[1] + 0.3), X(hand[0] + 0.28), Y(hand[1] - 0.26)],
            200,
            340,
            fill=col,
        )
    elif kind == "mic":
        rect(hand[0] - 0.02, hand[1], hand[0] + 0.02, hand[1] + 0.14, (30, 30, 30))
    elif kind == "ball":
        bx = sw + 0.12
        d.ellipse([X(bx - 0.12), Y(hp + 0.08), X(bx + 0.12), Y(hp - 0.16)], fill=(214, 110, 40))
    elif kind == "broom":
        right = max(hands, key=lambda h: h[0])
        foot = (right[0] + 0.32, 0.05)
        line([(right[0] - 0.05, right[1] + 0.35), foot], 0.03, (150, 120, 80))
        d.polygon(
            [
                (X(foot[0] - 0.08), Y(0.22)),
                (X(foot[0] + 0.08), Y(0.22)),
                (X(foot[0] + 0.2), Y(0.0)),
                (X(foot[0] - 0.2), Y(0.0)),
            ],
            fill=col,
        )
    elif kind == "picker":
        right = max(hands, key=lambda h: h[0])
        line([right, (right[0] + 0.18, 0.02)], 0.02, (70, 70, 70))
        left = min(hands, key=lambda h: h[0])
        d.ellipse(
            [X(left[0] - 0.14), Y(left[1] - 0.05), X(left[0] + 0.14), Y(left[1] - 0.45)],
            fill=(40, 44, 48),
        )
    elif kind == "bag":
        left = min(hands, key=lambda h: h[0])
        bag = _BAG_COLOURS[int(p.height * 1000) % len(_BAG_COLOURS)]
        d.rounded_rectangle(
            [X(left[0] - 0.14), Y(left[1] - 0.04), X(left[0] + 0.14), Y(left[1] - 0.36)],
            radius=0.04 * s,
            fill=bag,
        )
        d.line(
            [
                (X(left[0] - 0.08), Y(left[1] - 0.04)),
                (X(left[0]), Y(left[1] + 0.03)),
                (X(left[0] + 0.08), Y(left[1] - 0.04)),
            ],
            fill=_shade(bag, 0.7),
            width=max(1, round(0.015 * s)),
        )
    elif kind == "can":
        right = max(hands, key=lambda h: h[0])
        rect(right[0] - 0.1, right[1] - 0.08, right[0] + 0.12, right[1] - 0.3, col)
        line([(right[0] + 0.1, right[1] - 0.2), (right[0] + 0.32, right[1] - 0.08)], 0.025, col)


def _person_item(
    ctx: _Ctx,
    x: float,
    z: float,
    p: _Person,
    *,
    facing: str = "front",
    pose: str = "stand",
    base: float = 0.0,
    chair: RGB | None = None,
    seat: float = 0.45,
) -> None:
    """Queue a person at (x, z), optionally seated on a chair, standing on a platform of height base."""
    ctx.placed.append((x, z))
    if base == 0.0:
        ctx.ground_shadow(x, z, 0.3 if pose == "stand" else 0.38, 0.22, 0.9)

    def run() -> None:
        cam = ctx.cam
        d = ctx.draw
        if chair is not None and facing == "front":
            _draw_chair(ctx, x, z + 0.12, chair, back_to_camera=False, seat=seat, base=base)
        fx, fy = cam.pt(x, base, z)
        _draw_person(d, fx, fy, cam.ppm(z), p, pose=pose, facing=facing, seat=seat)
        if chair is not None and facing == "back":
            _draw_chair(ctx, x, z - 0.12, chair, back_to_camera=True, seat=seat, base=base)

    ctx.add(z, run)


def _draw_chair(
    ctx: _Ctx,
    x: float,
    z: float,
    color: RGB,
    *,
    back_to_camera: bool,
    seat: float,
    base: float = 0.0,
) -> None:
    """A simple chair. Facing the camera its backrest is behind the sitter, otherwise in front."""
    q = ctx.quad
    w = 0.23
    leg = _shade(color, 0.5)
    if back_to_camera:
        q(x - w, x - w + 0.035, base, base + seat, z, leg)
        q(x + w - 0.035, x + w, base, base + seat, z, leg)
        q(x - w, x + w, base + seat + 0.08, base + seat + 0.45, z, color)
        q(x - w, x + w, base + seat + 0.4, base + seat + 0.45, z, _shade(color, 1.15))
    else:
        q(x - w, x + w, base + seat + 0.05, base + seat + 0.5, z + 0.1, _shade(color, 0.85))
        q(x - w, x - w + 0.035, base, base + seat, z - 0.1, leg)
        q(x + w - 0.035, x + w, base, base + seat, z - 0.1, leg)
        ctx.poly(ctx.ground(x - w, x + w, z - 0.2, z + 0.1, base + seat), color)


# --------------------------------------------------------------------------------------------
# Furniture, props and buildings
# --------------------------------------------------------------------------------------------


def _draw_box(
    ctx: _Ctx,
    x0: float,
    x1: float,
    h0: float,
    h1: float,
    z0: float,
    z1: float,
    color: RGB,
    *,
    top: RGB | None = None,
) -> None:
    """A box with its visible side, top and front faces (simple one-point perspective)."""
    cam = ctx.cam
    side_col = _shade(color, 0.78)
    if x1 < 0:
        ctx.poly(ctx.side(x1, h0, h1, z0, z1), side_col)
    elif x0 > 0:
        ctx.poly(ctx.side(x0, h0, h1, z0, z1), side_col)
    if h1 < cam.eye:
        ctx.poly(ctx.ground(x0, x1, z0, z1, h1), top or _shade(color, 1.12))
    elif h0 > cam.eye:
        ctx.poly(ctx.ground(x0, x1, z0, z1, h0), _shade(color, 0.7))
    ctx.quad(x0, x1, h0, h1, z0, color)


def _table(
    ctx: _Ctx,
    x0: float,
    x1: float,
    z0: float,
    z1: float,
    *,
    height: float = 0.75,
    cloth: RGB | None = None,
    top: RGB = (236, 232, 224),
    things: str = "",
) -> None:
    """Queue a rectangular table (with an optional floor-length tablecloth) and things on it."""
    ctx.ground_shadow((x0 + x1) / 2, (z0 + z1) / 2, (x1 - x0) / 2 + 0.1, (z1 - z0) / 2 + 0.1, 0.7)
    rng = random.Random(ctx.rng.random())

    def run() -> None:
        if cloth is not None:
            _draw_box(ctx, x0, x1, 0.02, height, z0, z1, cloth, top=_shade(cloth, 1.15))
            ctx.quad(x0, x1, 0.02, 0.06, z0, _shade(cloth, 0.8))
        else:
            leg = (110, 110, 115)
            for lx in (x0 + 0.04, x1 - 0.08):
                ctx.quad(lx, lx + 0.04, 0, height, z1 - 0.05, _shade(leg, 0.8))
            _draw_box(ctx, x0, x1, height - 0.05, height, z0, z1, top, top=top)
            for lx in (x0 + 0.04, x1 - 0.08):
                ctx.quad(lx, lx + 0.04, 0, height - 0.05, z0 + 0.03, leg)
        _table_things(ctx, rng, x0, x1, z0, z1, height, things)

    ctx.add((z0 + z1) / 2, run)


def _table_things(
    ctx: _Ctx, rng: random.Random, x0: float, x1: float, z0: float, z1: float, h: float, kind: str
) -> None:
    """Papers, cups, goods or dishes on a table top."""
    if not kind:
        return
    cam = ctx.cam
    n = max(1, int((x1 - x0) / 0.35))
    for i in range(n):
        if rng.random() < 0.35:
            continue
        cx = x0 + (i + 0.5) * (x1 - x0) / n + rng.uniform(-0.06, 0.06)
        cz = rng.uniform(z0 + 0.1, max(z0 + 0.12, z1 - 0.1))
        s = cam.ppm(cz)
        bx, by = cam.pt(cx, h, cz)
        if kind == "papers":
            pts = ctx.ground(cx - 0.1, cx + 0.1, cz - 0.14, cz + 0.14, h + 0.002)
            ctx.poly(pts, (246, 246, 242))
            if rng.random() < 0.5:
                ctx.draw.rectangle(
                    [bx + 0.12 * s, by - 0.11 * s, bx + 0.17 * s, by], fill=(240, 240, 245)
                )
                ctx.draw.rectangle(
                    [bx + 0.12 * s, by - 0.11 * s, bx + 0.17 * s, by - 0.085 * s],
                    fill=(40, 110, 200),
                )
        elif kind == "goods":
            col = rng.choice(
                (
                    (220, 60, 50),
                    (240, 170, 40),
                    (110, 170, 70),
                    (200, 120, 60),
                    (250, 230, 200),
                    (80, 130, 200),
                )
            )
            if rng.random() < 0.5:
                for k in range(rng.randint(3, 6)):
                    ox = (k % 3 - 1) * 0.07
                    oy = (k // 3) * 0.06
                    r = 0.045 * s
                    ctx.draw.ellipse(
                        [bx + ox * s - r, by - oy * s - 2 * r, bx + ox * s + r, by - oy * s],
                        fill=_vary(rng, col, 15),
                    )
            else:
                bw, bh = rng.uniform(0.12, 0.22), rng.uniform(0.08, 0.25)
                ctx.draw.rectangle([bx - bw / 2 * s, by - bh * s, bx + bw / 2 * s, by], fill=col)
                ctx.draw.rectangle(
                    [bx - bw / 2 * s, by - bh * s, bx + bw / 2 * s, by - bh * 0.75 * s],
                    fill=_shade(col, 1.2),
                )
        elif kind == "dishes":
            r = 0.11 * s
            ry = r * max(0.2, (cam.eye - h) / cz * 1.2)
            ctx.draw.ellipse([bx - r, by - ry, bx + r, by + ry], fill=(248, 248, 246))
            food = rng.choice(((190, 90, 40), (90, 150, 60), (220, 180, 90), (170, 50, 40)))
            ctx.draw.ellipse([bx - r * 0.6, by - ry * 0.6, bx + r * 0.6, by + ry * 0.6], fill=food)


def _round_table(
    ctx: _Ctx, cx: float, cz: float, r: float, cloth: RGB, things: str = "dishes"
) -> None:
    """Queue a round table with a tablecloth."""
    ctx.ground_shadow(cx, cz, r + 0.1, r * 0.8, 0.7)
    rng = random.Random(ctx.rng.random())

    def run() -> None:
        cam = ctx.cam
        top = [cam.pt(cx + r * math.cos(a), 0.76, cz + r * math.sin(a)) for a in _angles(28)]
        near = [math.pi + math.pi * i / 14 for i in range(15)]
        front_top = [cam.pt(cx + r * math.cos(a), 0.76, cz + r * math.sin(a)) for a in near]
        front = [cam.pt(cx + r * math.cos(a), 0.28, cz + r * math.sin(a)) for a in near]
        ctx.quad(cx - 0.05, cx + 0.05, 0, 0.3, cz, (90, 90, 94))
        ctx.poly(front_top + front[::-1], _shade(cloth, 0.84))
        fold = _shade(cloth, 0.76)
        for a in near[2:-2:3]:
            ctx.draw.line(
                [
                    cam.pt(cx + r * math.cos(a), 0.7, cz + r * math.sin(a)),
                    cam.pt(cx + r * math.cos(a), 0.28, cz + r * math.sin(a)),
                ],
                fill=fold,
                width=max(1, round(0.02 * cam.ppm(cz))),
            )
        ctx.poly(top, cloth)
        for i in range(rng.randint(3, 6)):
            a = rng.uniform(0, 2 * math.pi)
            rr = rng.uniform(0.1, r * 0.6)
            px, py = cam.pt(cx + rr * math.cos(a), 0.77, cz + rr * math.sin(a))
            s = cam.ppm(cz)
            d = 0.1 * s
            ry = d * max(0.2, (cam.eye - 0.77) / cz * 1.3)
            ctx.draw.ellipse([px - d, py - ry, px + d, py + ry], fill=(248, 248, 246))
            food = ((190, 90, 40), (90, 150, 60), (220, 180, 90), (170, 50, 40), (230, 220, 200))[
                i % 5
            ]
            ctx.draw.ellipse([px - d * 0.6, py - ry * 0.6, px + d * 0.6, py + ry * 0.6], fill=food)

    ctx.add(cz, run)


def _angles(n: int) -> list[float]:
    return [2 * math.pi * i / n for i in range(n)]


def _tree(ctx: _Ctx, x: float, z: float, *, size: float = 1.0, hazy: float = 0.0) -> None:
    """Queue a broad-leaved tree: trunk plus a canopy of overlapping leaf clumps."""
    rng = random.Random(ctx.rng.random())
    radius = rng.uniform(1.6, 2.6) * size
    trunk_h = rng.uniform(1.8, 2.6) * size
    greens = [
        _mix(_vary(rng, c, 8), ctx.light.sky_low, hazy)
        for c in ((46, 78, 40), (62, 98, 48), (84, 122, 58), (108, 146, 70))
    ]
    ctx.ground_shadow(x, z, radius * 0.9, radius * 0.5, 0.5)
    blobs = []
    for _ in range(rng.randint(14, 22)):
        a = rng.uniform(0, 2 * math.pi)
        rr = rng.uniform(0, radius * 0.75)
        bx = x + math.cos(a) * rr
        bh = trunk_h + radius * 0.85 + math.sin(a) * rr * 0.8
        br = rng.uniform(0.45, 0.8) * radius * 0.6
        blobs.append((bh, bx, br))
    blobs.sort()

    def run() -> None:
        cam = ctx.cam
        s = cam.ppm(z)
        trunk = _mix((88, 70, 56), ctx.light.sky_low, hazy)
        ctx.quad(x - 0.13 * size, x + 0.13 * size, 0, trunk_h + radius * 0.4, z, trunk)
        ctx.quad(x, x + 0.13 * size, 0, trunk_h + radius * 0.4, z, _shade(trunk, 0.8))
        for i, (bh, bx, br) in enumerate(blobs):
            tone = greens[min(3, i * 4 // len(blobs))]
            px, py = cam.pt(bx, bh, z)
            ctx.draw.ellipse(
                [px - br * s, py - br * s * 0.9, px + br * s, py + br * s * 0.9], fill=tone
            )
        side = ctx.light.sun_side or 0.5
        hx, hy = cam.pt(x + side * radius * 0.35, trunk_h + radius * 1.3, z)
        hr = radius * 0.45 * s
        ctx.draw.ellipse(
            [hx - hr, hy - hr * 0.8, hx + hr, hy + hr * 0.8], fill=_alpha(greens[3], 70)
        )

    ctx.add(z, run)


def _bush_row(ctx: _Ctx, x0: float, x1: float, z0: float, z1: float, *, flowers: bool) -> None:
    """Queue a clipped hedge or flower bed."""
    rng = random.Random(ctx.rng.random())
    green = _vary(rng, (70, 112, 52), 10)

    def run() -> None:
        _draw_box(ctx, x0, x1, 0, 0.5, z0, z1, green, top=_shade(green, 1.18))
        if flowers:
            cam = ctx.cam
            cols = ((230, 70, 90), (250, 200, 60), (240, 240, 240), (200, 90, 180))
            for _ in range(int((x1 - x0) * 10)):
                fx = rng.uniform(x0, x1)
                fz = rng.uniform(z0, z1)
                px, py = cam.pt(fx, 0.5, fz)
                r = max(1.0, 0.05 * cam.ppm(fz))
                ctx.draw.ellipse([px - r, py - r, px + r, py + r], fill=rng.choice(cols))

    ctx.add((z0 + z1) / 2, run)


def _bench(ctx: _Ctx, x: float, z: float) -> None:
    """Queue a park bench facing the camera."""
    wood = (150, 104, 62)
    ctx.ground_shadow(x, z, 0.8, 0.3, 0.6)

    def run() -> None:
        q = ctx.quad
        q(x - 0.8, x + 0.8, 0.5, 0.9, z + 0.25, _shade(wood, 0.85))
        for lx in (x - 0.7, x + 0.62):
            q(lx, lx + 0.07, 0, 0.45, z - 0.15, (60, 60, 62))
        ctx.poly(ctx.ground(x - 0.8, x + 0.8, z - 0.22, z + 0.22, 0.45), wood)
        q(x - 0.8, x + 0.8, 0.4, 0.45, z - 0.22, _shade(wood, 0.7))

    ctx.add(z, run)


def _lamp(ctx: _Ctx, x: float, z: float) -> None:
    """Queue a street lamp."""

    def run() -> None:
        ctx.quad(x - 0.05, x + 0.05, 0, 3.6, z, (70, 74, 78))
        ctx.quad(x - 0.2, x + 0.2, 3.6, 3.85, z, (230, 230, 220))
        ctx.quad(x - 0.22, x + 0.22, 3.85, 3.95, z, (70, 74, 78))

    ctx.add(z, run)


def _potted_plant(ctx: _Ctx, x: float, z: float) -> None:
    """Queue a potted green plant."""
    rng = random.Random(ctx.rng.random())
    ctx.ground_shadow(x, z, 0.3, 0.2, 0.6)

    def run() -> None:
        cam = ctx.cam
        s = cam.ppm(z)
        ctx.quad(x - 0.18, x + 0.18, 0, 0.45, z, (150, 90, 60))
        ctx.quad(x - 0.2, x + 0.2, 0.42, 0.48, z, (130, 78, 52))
        for _ in range(14):
            a = rng.uniform(math.pi * 0.1, math.pi * 0.9)
            ln = rng.uniform(0.4, 0.9)
            px, py = cam.pt(x + math.cos(a) * ln * 0.6, 0.48 + math.sin(a) * ln, z)
            bx, by = cam.pt(x, 0.48, z)
            ctx.draw.line([(bx, by), (px, py)], fill=(40, 100, 50), width=max(1, round(0.05 * s)))
            r = 0.09 * s
            ctx.draw.ellipse(
                [px - r, py - r * 0.6, px + r, py + r * 0.6], fill=_vary(rng, (60, 130, 60), 15)
            )

    ctx.add(z, run)


def _far_buildings(ctx: _Ctx, zmin: float, zmax: float, count: int) -> None:
    """Residential blocks on the horizon, drawn straight onto the background."""
    rng = ctx.rng
    cam = ctx.cam
    haze_col = ctx.light.sky_low
    palette = (
        (230, 222, 206),
        (212, 206, 198),
        (234, 214, 198),
        (200, 206, 212),
        (238, 232, 222),
        (216, 198, 182),
    )
    blocks = []
    for _ in range(count):
        z = rng.uniform(zmin, zmax)
        hw = cam.half_width(z) * 1.1
        blocks.append((z, rng.uniform(-hw, hw), rng.uniform(14, 30), rng.uniform(18, 75)))
    blocks.sort(reverse=True)
    for z, xc, bw, bh in blocks:
        haze = min(0.55, z / 320)
        wall = _mix(_vary(rng, rng.choice(palette), 8), haze_col, haze)
        glass = _mix((96, 110, 122), haze_col, haze)
        accent = _mix(rng.choice(((170, 70, 60), (80, 110, 160), (200, 200, 200))), haze_col, haze)
        x0, x1 = xc - bw / 2, xc + bw / 2
        depth = rng.uniform(10, 16)
        if x1 < 0:
            ctx.poly(ctx.side(x1, 0, bh, z, z + depth), _shade(wall, 0.85))
        elif x0 > 0:
            ctx.poly(ctx.side(x0, 0, bh, z, z + depth), _shade(wall, 0.85))
        ctx.quad(x0, x1, 0, bh, z, wall)
        ctx.quad(x0, x1, bh - 1.2, bh, z, accent)
        s = cam.ppm(z)
        cols = max(2, int(bw / 3.2))
        cw = bw / cols
        win = max(1.0, 1.3 * s)
        floor = 2.9
        a = cam.pt(x0, 0, z)
        y_base = a[1]
        for f in range(1, int((bh - 1.5) / floor)):
            wy = y_base - f * floor * s
            ctx.draw.rectangle(
                [a[0], wy + 0.2 * s, a[0] + bw * s, wy + 0.4 * s], fill=_shade(wall, 1.05)
            )
            for c in range(cols):
                wx = a[0] + (c + 0.5) * cw * s
                ctx.draw.rectangle([wx - win * 0.6, wy - win * 1.1, wx + win * 0.6, wy], fill=glass)


def _treeline(ctx: _Ctx, z: float) -> None:
    """A band of distant tree crowns along the horizon (hides building bases)."""
    rng = ctx.rng
    cam = ctx.cam
    hw = cam.half_width(z) * 1.2
    base = _mix((58, 92, 52), ctx.light.sky_low, 0.35)
    ctx.quad(-hw, hw, 0, 3.5, z, base)
    x = -hw
    while x < hw:
        r = rng.uniform(2.0, 4.5)
        h = rng.uniform(3.0, 6.5)
        px, py = cam.pt(x, h, z)
        s = cam.ppm(z)
        ctx.draw.ellipse(
            [px - r * s, py - r * s * 0.8, px + r * s, py + r * s * 1.4], fill=_vary(rng, base, 10)
        )
        x += r * rng.uniform(0.9, 1.4)


def _clouds(ctx: _Ctx) -> None:
    """Soft clouds in the sky region, drawn small, blurred and scaled up."""
    rng = ctx.rng
    sky_h = int(ctx.cam.horizon)
    if sky_h < 8 or ctx.light.name == "overcast":
        return
    sw, sh = max(8, ctx.w // 8), max(4, sky_h // 8)
    layer = Image.new("L", (sw, sh), 0)
    d = ImageDraw.Draw(layer)
    for _ in range(rng.randint(2, 6)):
        cx, cy = rng.uniform(0, sw), rng.uniform(0, sh * 0.75)
        for _ in range(rng.randint(4, 8)):
            rx = rng.uniform(4, 14)
            ry = rx * rng.uniform(0.3, 0.5)
            ox, oy = rng.uniform(-18, 18), rng.uniform(-3, 3)
            d.ellipse(
                [cx + ox - rx, cy + oy - ry, cx + ox + rx, cy + oy + ry], fill=rng.randint(120, 200)
            )
    layer = layer.filter(ImageFilter.GaussianBlur(2.5)).resize(
        (ctx.w, sky_h), Image.Resampling.BICUBIC
    )
    white = Image.new("RGB", (ctx.w, sky_h), _mix(ctx.light.tint, (255, 255, 255), 0.5))
    region = ctx.img.crop((0, 0, ctx.w, sky_h))
    ctx.img.paste(Image.composite(white, region, layer), (0, 0))


def _sky_and_ground(ctx: _Ctx, ground_far: RGB, ground_near: RGB) -> None:
    """Sky gradient with clouds above the horizon, ground gradient below."""
    hz = max(1, int(ctx.cam.horizon))
    ctx.img.paste(_vgrad((ctx.w, hz), ctx.light.sky_top, ctx.light.sky_low), (0, 0))
    _clouds(ctx)
    far = _mix(ground_far, ctx.light.sky_low, 0.25)
    ctx.img.paste(_vgrad((ctx.w, ctx.h - hz), far, ground_near), (0, hz))


# --------------------------------------------------------------------------------------------
# Rooms
# --------------------------------------------------------------------------------------------


@dataclass
class _Room:
    xl: float
    xr: float
    depth: float
    ceil: float
    wall: RGB
    floor: RGB
    floor_kind: str
    windows: str


def _random_room(
    ctx: _Ctx, width: tuple[float, float], depth: tuple[float, float], ceil: float
) -> _Room:
    rng = ctx.rng
    rw = rng.uniform(*width)
    off = rng.uniform(-0.12, 0.12) * rw
    walls = (
        (238, 234, 224),
        (240, 230, 208),
        (214, 226, 234),
        (218, 230, 212),
        (226, 224, 220),
        (242, 226, 214),
    )
    floors = {
        "tile": ((214, 208, 196), (196, 196, 192), (222, 214, 200)),
        "wood": ((170, 124, 84), (150, 108, 72), (186, 146, 104)),
        "terrazzo": ((176, 172, 164), (190, 182, 170)),
    }
    kind = rng.choice(tuple(floors))
    return _Room(
        xl=-rw / 2 + off,
        xr=rw / 2 + off,
        depth=rng.uniform(*depth),
        ceil=ceil,
        wall=_vary(rng, rng.choice(walls), 5),
        floor=_vary(rng, rng.choice(floors[kind]), 6),
        floor_kind=kind,
        windows=rng.choice(("left", "right", "both")),
    )


def _draw_room(ctx: _Ctx, room: _Room, *, lights: bool = True) -> None:
    """A one-point-perspective room: ceiling, side walls, back wall, floor, windows and lights."""
    rng = ctx.rng
    cam = ctx.cam
    D, c, xl, xr = room.depth, room.ceil, room.xl, room.xr
    zn = 0.4
    ctx.draw.rectangle([0, 0, ctx.w, ctx.h], fill=_shade(room.wall, 0.93))
    left_col = _shade(room.wall, 0.9 if room.windows == "right" else 0.97)
    right_col = _shade(room.wall, 0.9 if room.windows == "left" else 0.97)
    ctx.poly(ctx.side(xl, 0, c, D, zn), left_col)
    ctx.poly(ctx.side(xr, 0, c, D, zn), right_col)
    ctx.quad(xl, xr, 0, c, D, room.wall)
    # Floor with a little depth gradient.
    floor_far = _shade(room.floor, 1.04)
    bands = 10
    for i in range(bands):
        z0 = D - (D - zn) * i / bands
        z1 = D - (D - zn) * (i + 1) / bands
        ctx.poly(ctx.ground(xl, xr, z1, z0), _mix(floor_far, _shade(room.floor, 0.94), i / bands))
    line = _shade(room.floor, 0.88)
    lw = max(1, round(1.5 * ctx.u))
    if room.floor_kind == "tile":
        step = 0.6
        x = math.ceil(xl / step) * step
        while x < xr:
            ctx.draw.line([cam.pt(x, 0, zn), cam.pt(x, 0, D)], fill=line, width=lw)
            x += step
        z = 1.0
        while z < D:
            if cam.pt(0, 0, z)[1] < ctx.h + 5:
                ctx.draw.line([cam.pt(xl, 0, z), cam.pt(xr, 0, z)], fill=line, width=lw)
            z += step
    elif room.floor_kind == "wood":
        step = 0.18
        x = math.ceil(xl / step) * step
        while x < xr:
            ctx.draw.line(
                [cam.pt(x, 0, zn), cam.pt(x, 0, D)],
                fill=_shade(room.floor, rng.uniform(0.85, 0.95)),
                width=1,
            )
            x += step
    # Skirting boards.
    skirt = _shade(room.wall, 0.7)
    ctx.quad(xl, xr, 0, 0.1, D, skirt)
    ctx.poly(ctx.side(xl, 0, 0.1, D, zn), skirt)
    ctx.poly(ctx.side(xr, 0, 0.1, D, zn), skirt)
    # Windows on the side walls, with light falling on the floor.
    sides = {"left": (xl,), "right": (xr,), "both": (xl, xr)}[room.windows]
    curtain = rng.choice(((214, 196, 160), (150, 176, 200), (190, 160, 150), (230, 226, 214)))
    outside_hi = (226, 236, 244)
    outside_lo = rng.choice(((150, 176, 140), (190, 196, 200), (176, 186, 170)))
    for wx in sides:
        z = 1.5
        inward = 1 if wx == xl else -1
        while z + 1.6 < D - 0.4:
            z0, z1 = z, z + 1.6
            ctx.poly(ctx.side(wx, 0.9, min(c - 0.3, 2.6), z0, z1), outside_hi)
            ctx.poly(ctx.side(wx, 0.9, 1.5, z0, z1), outside_lo)
            frame = (236, 236, 232)
            for zz in (z0, (z0 + z1) / 2, z1):
                ctx.draw.line(
                    [cam.pt(wx, 0.9, zz), cam.pt(wx, min(c - 0.3, 2.6), zz)],
                    fill=frame,
                    width=max(1, round(5 * ctx.u * 4 / zz)),
                )
            ctx.poly(ctx.side(wx, 0.82, 0.9, z0 - 0.1, z1 + 0.1), frame)
            ctx.poly(ctx.side(wx, 0.6, c - 0.15, z0 - 0.35, z0 + 0.05), curtain)
            ctx.poly(ctx.side(wx, 0.6, c - 0.15, z1 - 0.05, z1 + 0.35), _shade(curtain, 0.92))
            spill = [
                cam.pt(wx, 0, z0 + 0.4),
                cam.pt(wx, 0, z1 + 0.4),
                cam.pt(wx + inward * 2.2, 0, z1 + 1.4),
                cam.pt(wx + inward * 2.2, 0, z0 + 1.4),
            ]
            ctx.poly(spill, (255, 252, 240, 26))
            z += 2.4
    if lights:
        z = 2.0
        while z < D - 0.5:
            for fx in (0.3, 0.7):
                x = xl + (xr - xl) * fx
                ctx.poly(ctx.ground(x - 0.6, x + 0.6, z, z + 0.6, c), (252, 252, 246))
                ctx.poly(ctx.ground(x - 0.8, x + 0.8, z - 0.15, z + 0.75, c), (255, 255, 250, 60))
            z += 2.6


def _wall_decor(ctx: _Ctx, room: _Room, x0: float, x1: float, h0: float, h1: float) -> None:
    """Frames, notice boards or a clock on the back wall between x0 and x1."""
    rng = ctx.rng
    x = x0
    while x < x1 - 0.6:
        w = rng.uniform(0.6, 1.2)
        if x + w > x1:
            break
        kind = rng.random()
        D = room.depth - 0.01
        if kind < 0.45:
            hh = rng.uniform(0.5, 0.9)
            hb = rng.uniform(h0, max(h0, h1 - hh))
            ctx.quad(x, x + w, hb, hb + hh, D, (120, 90, 60))
            ctx.quad(
                x + 0.04, x + w - 0.04, hb + 0.04, hb + hh - 0.04, D, _vary(rng, (236, 232, 220), 8)
            )
            ctx.quad(
                x + 0.1,
                x + w - 0.1,
                hb + hh * 0.55,
                hb + hh - 0.1,
                D,
                rng.choice(((190, 60, 50), (60, 110, 170), (80, 150, 90), (230, 170, 60))),
            )
            for k in range(3):
                ly = hb + 0.1 + k * hh * 0.12
                ctx.quad(
                    x + 0.1, x + w * rng.uniform(0.5, 0.9) - 0.05, ly, ly + 0.03, D, (150, 150, 150)
                )
        elif kind < 0.6:
            r = 0.17
            cx, cy = ctx.cam.pt(x + w / 2, h1 - 0.1, D)
            s = ctx.cam.ppm(D)
            ctx.draw.ellipse(
                [cx - r * s, cy - r * s, cx + r * s, cy + r * s],
                fill=(250, 250, 250),
                outline=(60, 60, 60),
                width=max(1, round(0.02 * s)),
            )
            ctx.draw.line(
                [(cx, cy), (cx, cy - r * s * 0.7)],
                fill=(30, 30, 30),
                width=max(1, round(0.015 * s)),
            )
            ctx.draw.line(
                [(cx, cy), (cx + r * s * 0.5, cy)],
                fill=(30, 30, 30),
                width=max(1, round(0.015 * s)),
            )
        x += w + rng.uniform(0.3, 1.0)


# --------------------------------------------------------------------------------------------
# Banners
# --------------------------------------------------------------------------------------------


def _banner_length(text: str | None, height: float) -> float:
    return max(2.4, len(text or "") * height * 0.78 + height * 1.4)


def _paint_banner(
    ctx: _Ctx, box: tuple[float, float, float, float], text: str, seed: float
) -> None:
    """A red cloth banner with yellow or white characters, filling the screen box."""
    rng = random.Random(seed)
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d = ctx.draw
    red = _vary(rng, (200, 24, 30), 8)
    d.rectangle([x0, y0, x1, y1], fill=red)
    for _ in range(max(2, int(w / max(1.0, h) * 0.8))):
        fx = rng.uniform(x0, x1)
        fw = rng.uniform(0.15, 0.6) * h
        d.rectangle(
            [fx, y0, min(x1, fx + fw), y1],
            fill=(0, 0, 0, 20) if rng.random() < 0.6 else (255, 255, 255, 16),
        )
    hem = max(1.0, h * 0.06)
    d.rectangle([x0, y0, x1, y0 + hem], fill=(0, 0, 0, 34))
    d.rectangle([x0, y1 - hem, x1, y1], fill=(0, 0, 0, 40))
    if not text or h < 8:
        return
    fg = (255, 226, 86) if rng.random() < 0.65 else (252, 250, 244)
    font = _fit_font(text, w - h * 1.0, h * 0.68, bold=True, serif=rng.random() < 0.3)
    if font is not None:
        _draw_centered_text(d, ((x0 + x1) / 2, (y0 + y1) / 2), text, font, fg)


def _banner(
    ctx: _Ctx,
    text: str | None,
    x0: float,
    x1: float,
    h0: float,
    h1: float,
    z: float,
    *,
    poles: bool = False,
) -> None:
    """Queue a banner in the frontal plane at depth z (on a wall, held, or tied to two poles)."""
    if text is None:
        return
    seed = ctx.rng.random()
    visible = ctx.cam.half_width(z) * 0.96  # keep the whole banner in the frame
    if x1 - x0 > 2 * visible:
        x0, x1 = -visible, visible
    elif x0 < -visible:
        x0, x1 = -visible, x1 - x0 - visible
    elif x1 > visible:
        x0, x1 = visible - (x1 - x0), visible

    def run() -> None:
        cam = ctx.cam
        if poles:
            for px in (x0 - 0.05, x1 + 0.02):
                ctx.quad(px, px + 0.05, 0, h1 + 0.15, z + 0.02, (120, 124, 128))
        a = cam.pt(x0, h1, z)
        b = cam.pt(x1, h0, z)
        _paint_banner(ctx, (a[0], a[1], b[0], b[1]), text, seed)

    if poles:
        ctx.ground_shadow(x0, z, 0.12, 0.1)
        ctx.ground_shadow(x1, z, 0.12, 0.1)
    ctx.add(z, run)


def _group_with_banner(
    ctx: _Ctx, text: str | None, n: int, z0: float, xc: float, make: Callable[[], _Person]
) -> int:
    """People lined up for a group photo; the front row holds the banner. Returns people used."""
    if n <= 0:
        return 0
    rng = ctx.rng
    spacing = 0.55
    visible = ctx.cam.half_width(z0 - 0.2) * 0.94
    bl = max(2.4, min(5.2, _banner_length(text, 0.48))) if text is not None else 3.0
    bl = min(bl, 2 * visible)
    xc = max(-visible + bl / 2, min(visible - bl / 2, xc))
    crowd = sorted((make() for _ in range(n)), key=lambda p: p.height)  # short people in front
    front = min(n, max(2, round(bl / spacing)))
    width = (front - 1) * spacing
    front_row, back_row = crowd[:front], crowd[front : 2 * front + 1]
    for i, p in enumerate(front_row):
        p.arms, p.prop = "front", None
        x = xc - width / 2 + i * spacing + rng.uniform(-0.04, 0.04)
        _person_item(ctx, x, z0 + rng.uniform(-0.05, 0.05), p)
    bw = (len(back_row) - 1) * spacing
    for i, p in enumerate(back_row):
        p.arms = rng.choice(("down", "down", "wave"))
        p.prop = "flag" if p.arms == "wave" and rng.random() < 0.5 else None
        x = xc - bw / 2 + i * spacing + rng.uniform(-0.05, 0.05)
        _person_item(ctx, x, z0 + 0.6 + rng.uniform(-0.05, 0.05), p)
    if text is not None:
        bl = max(bl, min(2 * visible, width + 0.3))
        _banner(ctx, text, xc - bl / 2, xc + bl / 2, 0.66, 1.2, z0 - 0.18)
    return len(front_row) + len(back_row)


# --------------------------------------------------------------------------------------------
# People placement
# --------------------------------------------------------------------------------------------


def _kid(ctx: _Ctx) -> bool:
    return ctx.children and ctx.rng.random() < 0.5


def _scatter(
    ctx: _Ctx,
    n: int,
    zmin: float,
    zmax: float,
    make: Callable[[], _Person],
    *,
    xlim: tuple[float, float] | None = None,
    back_ratio: float = 0.3,
    arms: Sequence[str] = ("down", "down", "front", "wave"),
    props: Sequence[str | None] = (None,),
    base: float = 0.0,
) -> None:
    """Scatter standing people over a ground region, keeping them apart and on screen."""
    rng = ctx.rng
    for _ in range(n):
        for attempt in range(40):
            z = zmin + (zmax - zmin) * rng.random() ** 1.3
            hwid = ctx.cam.half_width(z) * 0.92
            lo, hi = (-hwid, hwid) if xlim is None else (max(-hwid, xlim[0]), min(hwid, xlim[1]))
            if hi <= lo:
                lo, hi = -hwid, hwid
            x = rng.uniform(lo, hi)
            if ctx.free(x, z, 0.6 if attempt < 30 else 0.3):
                break
        p = make()
        p.arms = rng.choice(arms)
        p.prop = rng.choice(props)
        if p.prop in ("gift", "basket", "flyer", "tray") and p.arms not in ("front",):
            p.arms = "front"
        if p.prop in ("flag", "fan") and p.arms not in ("wave", "up"):
            p.arms = "wave"
        if p.prop in ("bag", "broom", "picker", "can", "ball"):
            p.arms = "down"
        facing = "back" if rng.random() < back_ratio else "front"
        _person_item(ctx, x, z, p, facing=facing, base=base)


# --------------------------------------------------------------------------------------------
# Scenes
# --------------------------------------------------------------------------------------------


def _count(ctx: _Ctx, people: int | None, lo: int, hi: int) -> int:
    return max(0, min(80, people)) if people is not None else ctx.rng.randint(lo, hi)


def _scene_meeting_room(ctx: _Ctx, text: str | None, people: int | None) -> None:
    rng = ctx.rng
    room = _random_room(ctx, (8.0, 11.0), (7.5, 9.5), rng.uniform(3.2, 3.6))
    _draw_room(ctx, room)
    D, mid = room.depth, (room.xl + room.xr) / 2
    bl = min(room.xr - room.xl - 1.0, _banner_length(text, 0.7))
    banner_top = room.ceil - 0.25
    if text is not None:
        _banner(ctx, text, mid - bl / 2, mid + bl / 2, banner_top - 0.7, banner_top, D - 0.01)
    # Projection screen with a slide, or an LED wall.
    sx = mid + rng.uniform(-1.0, 1.0)
    s_top = banner_top - (0.85 if text else 0.3)
    led = rng.random() < 0.5
    ctx.quad(
        sx - 1.7, sx + 1.7, s_top - 1.8, s_top, D - 0.02, (30, 32, 36) if led else (246, 246, 244)
    )
    slide = rng.choice(((36, 84, 160), (170, 40, 40), (30, 120, 110)))
    ctx.quad(sx - 1.6, sx + 1.6, s_top - 0.5, s_top - 0.1, D - 0.02, slide)
    body = (60, 90, 150) if led else (236, 238, 242)
    ctx.quad(sx - 1.6, sx + 1.6, s_top - 1.7, s_top - 0.5, D - 0.02, body)
    for k in range(4):
        ly = s_top - 0.75 - k * 0.22
        ctx.quad(
            sx - 1.3,
            sx + rng.uniform(0.0, 1.3),
            ly,
            ly + 0.07,
            D - 0.02,
            (200, 210, 230) if led else (150, 156, 170),
        )
    _wall_decor(ctx, room, room.xl + 0.3, sx - 2.0, 1.2, 2.3)
    _potted_plant(ctx, room.xl + 0.6, D - 0.6)
    _potted_plant(ctx, room.xr - 0.6, D - 0.6)
    n = _count(ctx, people, 14, 26)
    # Head table facing the room.
    cloth = rng.choice(((150, 30, 36), (40, 90, 60), (40, 60, 110)))
    hz = D - 1.6
    heads = min(n, rng.randint(2, 3))
    tw = heads * 0.8 + 0.6
    _table(ctx, sx - tw / 2, sx + tw / 2, hz - 0.3, hz + 0.3, cloth=cloth, things="papers")
    chair = rng.choice(((84, 84, 92), (150, 50, 50), (70, 90, 130), (196, 160, 110)))
    for i in range(heads):
        p = _make_person(rng, season=ctx.season)
        p.arms = "mic" if i == 0 and rng.random() < 0.5 else "lap"
        p.prop = "mic" if p.arms == "mic" else None
        _person_item(ctx, sx - tw / 2 + 0.6 + i * 0.8, hz + 0.5, p, pose="sit", chair=chair)
    ctx.blockers.append((sx - tw / 2 - 0.3, sx + tw / 2 + 0.3, hz - 0.8, D))
    # Audience rows with tables, seen from behind.
    left = n - heads
    z = max(ctx.cam.near_z() * 0.75, 2.4)
    rows: list[float] = []
    while z < hz - 1.6:
        rows.append(z)
        z += 1.35
    seats = []
    for rz in rows:
        xs = room.xl + 0.7
        while xs < room.xr - 0.6:
            if abs(xs - mid) > 0.55:
                seats.append((xs, rz))
            xs += 0.68
    seats.sort(key=lambda t: -t[1] + rng.uniform(-1.6, 1.6))  # front rows fill up first
    seats = seats[:left]
    for rz in rows:
        _table(
            ctx,
            room.xl + 0.45,
            mid - 0.45,
            rz + 0.3,
            rz + 0.75,
            top=(232, 228, 220),
            things="papers",
        )
        _table(
            ctx,
            mid + 0.45,
            room.xr - 0.45,
            rz + 0.3,
            rz + 0.75,
            top=(232, 228, 220),
            things="papers",
        )
    for x, rz in seats:
        p = _make_person(rng, child=_kid(ctx), season=ctx.season)
        _person_item(ctx, x, rz, p, facing="back", pose="sit", chair=chair)


def _scene_classroom(ctx: _Ctx, text: str | None, people: int | None) -> None:
    rng = ctx.rng
    room = _random_room(ctx, (7.0, 9.0), (7.0, 9.0), 3.1)
    _draw_room(ctx, room)
    D, mid = room.depth, (room.xl + room.xr) / 2
    board_col = rng.choice(((38, 70, 56), (34, 40, 40)))
    ctx.quad(mid - 2.3, mid + 2.3, 0.85, 2.15, D - 0.01, (140, 110, 80))
    ctx.quad(mid - 2.22, mid + 2.22, 0.92, 2.08, D - 0.01, board_col)
    for k in range(rng.randint(3, 6)):
        ly = 1.85 - k * 0.18
        lx = mid - 2.0 + rng.uniform(0, 0.3)
        ctx.quad(lx, lx + rng.uniform(0.8, 2.8), ly, ly + 0.035, D - 0.01, (210, 214, 206))
    if text is not None:
        bl = min(room.xr - room.xl - 1.0, _banner_length(text, 0.55))
        _banner(ctx, text, mid - bl / 2, mid + bl / 2, 2.3, 2.85, D - 0.01)
    _wall_decor(ctx, room, room.xl + 0.3, mid - 2.5, 1.2, 2.4)
    _wall_decor(ctx, room, mid + 2.6, room.xr - 0.2, 1.2, 2.4)
    n = _count(ctx, people, 8, 16)
    # Lectern and teacher.
    lx = mid + rng.choice((-1.6, 1.6))
    ctx.blockers.append((lx - 0.8, lx + 0.8, D - 2.2, D))

    def lectern() -> None:
        _draw_box(ctx, lx - 0.45, lx + 0.45, 0, 1.05, D - 1.8, D - 1.3, (150, 112, 74))

    ctx.add(D - 1.55, lectern)
    teacher = _make_person(rng, season=ctx.season)
    teacher.arms = rng.choice(("wave", "front", "mic"))
    teacher.prop = {"front": "flyer", "mic": "mic"}.get(teacher.arms)
    if n > 0:
        _person_item(ctx, lx + rng.choice((-0.8, 0.8)), D - 1.2, teacher)
    desk_h = 0.68 if ctx.children else 0.75
    seat = 0.38 if ctx.children else 0.45
    cols = [mid - 2.4, mid - 0.8, mid + 0.8, mid + 2.4]
    seats = []
    z = max(ctx.cam.near_z() * 0.8, 2.4)
    rows = []
    while z < D - 2.8:
        rows.append(z)
        z += 1.15
    for rz in rows:
        for cx in cols:
            _table(
                ctx,
                cx - 0.6,
                cx + 0.6,
                rz + 0.25,
                rz + 0.7,
                height=desk_h,
                top=(214, 186, 140),
                things="papers",
            )
            seats += [(cx - 0.3, rz), (cx + 0.3, rz)]
    rng.shuffle(seats)
    chair = (90, 130, 170) if ctx.children else (110, 84, 60)
    for x, rz in seats[: max(0, n - 1)]:
        p = _make_person(rng, child=ctx.children, season=ctx.season)
        _person_item(ctx, x, rz, p, facing="back", pose="sit", chair=chair, seat=seat)


def _scene_dining_hall(ctx: _Ctx, text: str | None, people: int | None) -> None:
    rng = ctx.rng
    room = _random_room(ctx, (9.0, 12.0), (9.0, 11.5), 3.2)
    _draw_room(ctx, room)
    D, mid = room.depth, (room.xl + room.xr) / 2
    # Serving counter and menu board.
    steel = (196, 200, 204)
    ctx.quad(mid - 3.0, mid + 3.0, 1.45, 2.15, D - 0.01, (60, 66, 70))
    for k in range(6):
        ctx.quad(
            mid - 2.8 + k * 0.95,
            mid - 2.1 + k * 0.95,
            1.6,
            2.0,
            D - 0.01,
            rng.choice(((230, 170, 90), (200, 90, 60), (120, 170, 90), (240, 220, 170))),
        )

    def counter() -> None:
        _draw_box(ctx, mid - 3.2, mid + 3.2, 0, 0.95, D - 0.9, D - 0.2, (220, 214, 200), top=steel)

    ctx.add(D - 0.55, counter)
    if text is not None:
        bl = min(room.xr - room.xl - 1.0, _banner_length(text, 0.6))
        _banner(ctx, text, mid - bl / 2, mid + bl / 2, 2.35, 2.95, D - 0.01)
    n = _count(ctx, people, 8, 16)
    cloth = rng.choice(((236, 234, 226), (190, 40, 44), (230, 214, 170)))
    chair = rng.choice(((120, 70, 50), (70, 70, 74), (170, 40, 40)))
    near = max(ctx.cam.near_z() * 0.9, 3.0)
    tables = []
    for tz in (near + 1.0, near + 3.4, near + 5.6):
        if tz > D - 2.0:
            break
        hw = ctx.cam.half_width(tz)
        for tx in (mid - 2.6, mid + 0.1, mid + 2.8):
            if abs(tx) < hw + 0.8 and room.xl + 1.1 < tx < room.xr - 1.1:
                tables.append((tx + rng.uniform(-0.3, 0.3), tz + rng.uniform(-0.2, 0.2)))
    seats = []
    for tx, tz in tables:
        _round_table(ctx, tx, tz, 0.75, cloth)
        ctx.blockers.append((tx - 0.8, tx + 0.8, tz - 0.8, tz + 0.8))
        for k in range(6):
            a = math.pi * (0.15 + k / 3.0) + rng.uniform(-0.1, 0.1)
            seats.append((tx + 1.05 * math.cos(a), tz + 1.0 * math.sin(a), math.sin(a) > 0))
    rng.shuffle(seats)
    servers = min(2, n // 6)
    for x, z, behind in seats[: n - servers]:
        p = _make_person(rng, elderly=rng.random() < 0.7, season=ctx.season)
        _person_item(ctx, x, z, p, facing="front" if behind else "back", pose="sit", chair=chair)
    for _ in range(servers):
        p = _make_person(rng, elderly=False, season=ctx.season, vest=_VEST_RED)
        p.arms, p.prop = "front", "tray"
        for _ in range(30):
            x, z = rng.uniform(room.xl + 1, room.xr - 1), rng.uniform(near, D - 1.5)
            if ctx.free(x, z, 0.8):
                break
        _person_item(ctx, x, z, p)


def _scene_elderly_visit(ctx: _Ctx, text: str | None, people: int | None) -> None:
    rng = ctx.rng
    cam = ctx.cam
    room = _random_room(ctx, (4.8, 6.0), (2.0, 2.6), 2.8)
    room.depth += cam.near_z()
    room.windows = rng.choice(("left", "right"))
    _draw_room(ctx, room, lights=False)
    D, mid = room.depth, (room.xl + room.xr) / 2
    # Window on the back wall, a calendar and a family photo.
    wx = mid + rng.choice((-1.6, 1.6))
    ctx.quad(wx - 0.7, wx + 0.7, 0.9, 2.3, D - 0.01, (236, 236, 232))
    ctx.quad(wx - 0.64, wx + 0.64, 0.96, 2.24, D - 0.01, (214, 230, 240))
    ctx.quad(wx - 0.64, wx + 0.64, 0.96, 1.5, D - 0.01, (150, 170, 140))
    ctx.quad(wx - 0.02, wx + 0.02, 0.96, 2.24, D - 0.01, (236, 236, 232))
    curtain = rng.choice(((200, 170, 120), (160, 180, 150), (190, 140, 140)))
    ctx.quad(wx - 1.0, wx - 0.6, 0.6, 2.5, D - 0.02, curtain)
    ctx.quad(wx + 0.6, wx + 1.0, 0.6, 2.5, D - 0.02, _shade(curtain, 0.92))
    px = mid - (wx - mid) * 0.6
    ctx.quad(px - 0.35, px + 0.35, 1.55, 2.05, D - 0.01, (120, 90, 60))
    ctx.quad(px - 0.3, px + 0.3, 1.6, 2.0, D - 0.01, (190, 170, 150))
    ctx.quad(px + 0.6, px + 0.95, 1.35, 1.9, D - 0.01, (240, 240, 236))
    ctx.quad(px + 0.6, px + 0.95, 1.75, 1.9, D - 0.01, (200, 40, 40))
    # Sofa against the back wall.
    sofa = rng.choice(((130, 96, 70), (96, 110, 126), (150, 130, 110), (120, 60, 60)))
    sx = mid + rng.uniform(-0.5, 0.5)

    def sofa_back() -> None:
        _draw_box(ctx, sx - 1.2, sx + 1.2, 0, 0.9, D - 0.35, D - 0.05, _shade(sofa, 0.9))

    def sofa_seat() -> None:
        _draw_box(
            ctx, sx - 1.2, sx + 1.2, 0.05, 0.45, D - 0.95, D - 0.35, sofa, top=_shade(sofa, 1.12)
        )
        for ax in (sx - 1.3, sx + 1.1):
            _draw_box(ctx, ax, ax + 0.2, 0.05, 0.62, D - 0.95, D - 0.1, _shade(sofa, 0.95))

    ctx.add(D - 0.2, sofa_back)
    ctx.add(D - 0.65, sofa_seat)
    ctx.blockers.append((sx - 1.4, sx + 1.4, D - 1.1, D))
    n = _count(ctx, people, 3, 6)
    elders = min(n, rng.randint(1, 2))
    for i in range(elders):
        p = _make_person(rng, elderly=True, season=ctx.season)
        p.arms = "lap"
        ex = sx + (0.0 if elders == 1 else (-0.45 + 0.9 * i))
        _person_item(ctx, ex, D - 0.6, p, pose="sit")
    # Gifts on the floor.
    gx = sx + rng.choice((-1.0, 1.0)) * 1.5

    def gifts() -> None:
        _draw_box(ctx, gx - 0.3, gx + 0.1, 0, 0.35, D - 1.2, D - 0.9, (200, 40, 40))
        _draw_box(ctx, gx + 0.12, gx + 0.42, 0, 0.45, D - 1.25, D - 0.95, (230, 200, 120))
        _draw_box(ctx, gx - 0.1, gx + 0.3, 0.35, 0.55, D - 1.15, D - 0.95, (240, 180, 40))

    ctx.add(D - 1.0, gifts)
    vols = n - elders
    if text is not None:
        bl = min(room.xr - room.xl - 0.8, _banner_length(text, 0.5))
        _banner(ctx, text, sx - bl / 2, sx + bl / 2, 2.1, 2.6, D - 0.01)
    slots = [
        (sx + side * (0.95 + 0.5 * k), D - 0.95 - 0.3 * (k % 2))
        for k in range(4)
        for side in (-1, 1)
    ]
    slots = [
        (x, z)
        for x, z in slots
        if abs(x) < cam.half_width(z) * 0.95 and room.xl + 0.3 < x < room.xr - 0.3
    ]
    for i in range(vols):
        p = _make_person(
            rng,
            child=_kid(ctx),
            elderly=False,
            season=ctx.season,
            vest=_VEST_RED if rng.random() < 0.7 else None,
        )
        p.arms = rng.choice(("front", "down", "front", "wave"))
        p.prop = rng.choice(("gift", "basket", None)) if p.arms == "front" else None
        if i < len(slots):
            x, z = slots[i]
            x += rng.uniform(-0.1, 0.1)
        else:  # crouching in front of the sofa, talking to the elders
            x, z = sx + rng.uniform(-1.0, 1.0), D - 1.4 - rng.uniform(0, 0.2)
            p.arms, p.prop = "lap", None
            _person_item(ctx, x, z, p, pose="sit", seat=0.3, facing="back")
            continue
        p.turn = -0.8 if x > sx else 0.8
        _person_item(ctx, x, z, p)


def _scene_stage(ctx: _Ctx, text: str | None, people: int | None) -> None:
    rng = ctx.rng
    cam = ctx.cam
    dark_wall = rng.choice(((70, 64, 70), (56, 62, 78), (84, 70, 60)))
    room = _Room(
        -8.5 + rng.uniform(-1, 1),
        8.5 + rng.uniform(-1, 1),
        rng.uniform(12, 14.5),
        6.0,
        dark_wall,
        (120, 100, 86),
        "wood",
        "both",
    )
    room.windows = rng.choice(("left", "right"))
    _draw_room(ctx, room, lights=True)
    D, mid = room.depth, (room.xl + room.xr) / 2
    st_h, st_z = 0.9, D - 5.0
    sx0, sx1 = mid - 6.5, mid + 6.5
    backdrop = rng.choice(((170, 26, 34), (30, 60, 140), (150, 30, 60)))
    ctx.quad(sx0, sx1, st_h, 5.6, D - 0.02, backdrop)
    for k in range(7):  # sparkle decoration
        px, py = cam.pt(sx0 + rng.uniform(0.5, 12.5), rng.uniform(2.0, 4.2), D - 0.02)
        r = cam.ppm(D) * rng.uniform(0.2, 0.5)
        ctx.draw.ellipse([px - r, py - r, px + r, py + r], fill=(255, 220, 120, 60 + 10 * k))
    ctx.quad(sx0 - 1.2, sx0 + 0.4, 0, 6.0, D - 0.03, (130, 20, 28))
    ctx.quad(sx1 - 0.4, sx1 + 1.2, 0, 6.0, D - 0.03, (130, 20, 28))
    ctx.quad(sx0 - 1.2, sx1 + 1.2, 5.4, 6.0, D - 0.03, (120, 18, 24))
    if text is not None:
        bl = min(12.0, _banner_length(text, 0.95))
        _banner(ctx, text, mid - bl / 2, mid + bl / 2, 4.2, 5.15, D - 0.05)

    def stage() -> None:
        _draw_box(ctx, sx0, sx1, 0, st_h, st_z, D, (110, 40, 40), top=(150, 118, 90))
        for k in range(3):
            px, py = cam.pt(mid - 3 + 3 * k, st_h, st_z + 2.2)
            rx, ry = 1.6 * cam.ppm(st_z + 2.2), 0.5 * cam.ppm(st_z + 2.2)
            ctx.draw.ellipse([px - rx, py - ry, px + rx, py + ry], fill=(255, 240, 200, 60))

    ctx.add(st_z + 0.01, stage)
    sx_screen, sy_screen = cam.pt(mid, 2.5, D - 2)
    ctx.spots.append((sx_screen / ctx.w, sy_screen / ctx.h, 0.45, 0.35))
    ctx.dim = 0.3
    n = _count(ctx, people, 12, 24)
    perf = min(n, rng.randint(3, 7))
    costume = rng.choice(
        ((220, 40, 60), (240, 120, 170), (250, 250, 250), (60, 140, 220), (250, 190, 40))
    )
    prop = rng.choice(("fan", None, "flag"))
    for i in range(perf):
        p = _make_person(rng, child=ctx.children, season="summer", top=costume, elderly=False)
        p.skirt = p.female or p.child
        p.bottom = _shade(costume, 0.7)
        p.arms = rng.choice(("wave", "up", "wave"))
        p.prop = prop
        p.prop_color = (250, 210, 60)
        x = mid + (i - (perf - 1) / 2) * rng.uniform(1.0, 1.4)
        z = st_z + 1.5 + (i % 2) * 1.2
        _person_item(ctx, x, z, p, base=st_h)
    chair = (60, 60, 66)
    z = max(cam.near_z() * 0.75, 2.4)
    seats = []
    while z < st_z - 1.5:
        x = room.xl + 1.0
        while x < room.xr - 1.0:
            if abs(x - mid) > 0.6 and abs(x) < cam.half_width(z) * 1.05:
                seats.append((x, z))
            x += 0.6
        z += 1.0
    rng.shuffle(seats)
    for x, z in seats[: n - perf]:
        p = _make_person(rng, child=_kid(ctx), season=ctx.season)
        p.arms = "lap"
        _person_item(ctx, x, z, p, facing="back", pose="sit", chair=chair)


def _scene_park(ctx: _Ctx, text: str | None, people: int | None) -> None:
    rng = ctx.rng
    cam = ctx.cam
    grass = _vary(rng, (104, 142, 72), 8)
    _sky_and_ground(ctx, _shade(grass, 0.95), _shade(grass, 0.85))
    _far_buildings(ctx, 90, 220, rng.randint(3, 7))
    _treeline(ctx, 45)
    # A paved plaza with a path leading away.
    pave = _vary(rng, (196, 190, 178), 6)
    off = rng.uniform(-1.5, 1.5)
    ctx.poly(ctx.ground(off - 1.3, off + 1.3, 0.5, 60), pave)
    ctx.poly(ctx.ground(off - 6, off + 6, 0.5, 9.5), pave)
    for k in range(1, 14):
        z = 0.5 + k * 0.75
        ctx.draw.line(
            [cam.pt(off - 6, 0, z), cam.pt(off + 6, 0, z)],
            fill=_shade(pave, 0.92),
            width=max(1, round(ctx.u)),
        )
    n = _count(ctx, people, 6, 14)
    for side in (-1, 1):
        for k in range(rng.randint(2, 3)):
            z = rng.uniform(10, 28) + k * 4
            _tree(ctx, off + side * rng.uniform(7, 12), z)
    _tree(ctx, off + rng.uniform(-5, 5), rng.uniform(26, 34), size=1.3, hazy=0.15)
    bench_x, bench_z = off + rng.choice((-1, 1)) * rng.uniform(4.5, 5.5), rng.uniform(9.5, 11)
    _bench(ctx, bench_x, bench_z)
    ctx.blockers.append((bench_x - 1.0, bench_x + 1.0, bench_z - 0.6, bench_z + 0.5))
    _lamp(ctx, off + rng.choice((-1, 1)) * 6.5, rng.uniform(8, 12))
    _bush_row(ctx, off - 9, off - 6.5, 9.6, 10.6, flowers=True)
    _bush_row(ctx, off + 6.5, off + 9, 9.6, 10.6, flowers=rng.random() < 0.5)
    near = cam.near_z()
    if n >= 5:
        for k in range(rng.randint(1, 2)):
            p = _make_person(rng, elderly=True, season=ctx.season)
            bx = bench_x - 0.4 + 0.8 * k
            if abs(bx) < cam.half_width(bench_z):
                _person_item(ctx, bx, bench_z + 0.05, p, pose="sit", seat=0.45)
                n -= 1
    if text is not None and rng.random() < 0.5 and n >= 4:
        used = _group_with_banner(ctx, text, min(n, 14), near + 0.9, off, partial(_public, ctx))
        _scatter(ctx, n - used, near + 3.5, 9, partial(_public, ctx), props=(None, "flyer", "bag"))
    else:
        if text is not None:
            bl = _banner_length(text, 0.7)
            bz = rng.uniform(8.5, 9.5)
            _banner(ctx, text, off - bl / 2, off + bl / 2, 1.9, 2.6, bz, poles=True)

            _table(
                ctx, off - 1.0, off + 1.0, bz - 1.2, bz - 0.6, cloth=(200, 30, 36), things="papers"
            )
            ctx.blockers.append((off - 1.3, off + 1.3, bz - 1.5, bz))
        _scatter(
            ctx,
            n,
            near + 0.6,
            9.5,
            partial(_public, ctx),
            props=(None, None, "flyer", "bag", "flag"),
        )


def _public(ctx: _Ctx, *, vest_prob: float = 0.25, cap_prob: float = 0.3) -> _Person:
    """A resident or volunteer; children appear when the photo is a children's activity."""
    rng = ctx.rng
    vest = _VEST_RED if rng.random() < vest_prob else None
    cap = _VEST_RED if vest and rng.random() < cap_prob else None
    return _make_person(rng, child=_kid(ctx), season=ctx.season, vest=vest, cap=cap)


def _scene_market(ctx: _Ctx, text: str | None, people: int | None) -> None:
    rng = ctx.rng
    cam = ctx.cam
    pave = _vary(rng, (186, 182, 176), 6)
    _sky_and_ground(ctx, pave, _shade(pave, 0.92))
    _far_buildings(ctx, 70, 180, rng.randint(4, 7))
    _treeline(ctx, 40)
    for k in range(1, 30):
        z = 2 + k * 1.2
        ctx.draw.line(
            [cam.pt(-40, 0, z), cam.pt(40, 0, z)],
            fill=_shade(pave, 0.93),
            width=max(1, round(ctx.u)),
        )
    tz = rng.uniform(7.5, 9.0)
    tents = rng.randint(3, 4)
    tw = 3.0
    start = -tents * tw / 2 + rng.uniform(-1.5, 1.5)
    colours = [
        rng.choice(((40, 90, 170), (200, 40, 40), (240, 240, 236), (40, 130, 80)))
        for _ in range(tents)
    ]
    main = min(range(tents), key=lambda i: abs(start + (i + 0.5) * tw))
    n = _count(ctx, people, 8, 16)
    vendors = []
    for i in range(tents):
        x0 = start + i * tw + 0.05
        x1 = x0 + tw - 0.1
        col = colours[i]
        _tent(ctx, x0, x1, tz, tz + 3.0, col)
        _table(
            ctx,
            x0 + 0.3,
            x1 - 0.3,
            tz + 0.3,
            tz + 0.9,
            cloth=rng.choice(((200, 36, 40), (236, 236, 230), (60, 100, 170))),
            things="goods",
        )
        ctx.blockers.append((x0, x1, tz, tz + 3))
        vendors += [(x0 + 0.9, tz + 1.5), (x1 - 0.9, tz + 1.5)]
        if i == main and text is not None:
            _banner(ctx, text, x0 + 0.04, x1 - 0.04, 1.92, 2.42, tz - 0.03)
    rng.shuffle(vendors)
    nv = min(len(vendors), max(1, n // 3), n)
    for x, z in vendors[:nv]:
        p = _make_person(rng, season=ctx.season, vest=_VEST_RED if rng.random() < 0.6 else None)
        p.arms = rng.choice(("front", "down", "wave"))
        p.prop = "flyer" if p.arms == "front" else None
        _person_item(ctx, x, z, p)
    _tree(ctx, start - 2.5, tz + 4)
    _tree(ctx, start + tents * tw + 2.5, tz + 5)
    _scatter(
        ctx,
        n - nv,
        cam.near_z() + 0.5,
        tz - 0.4,
        partial(_public, ctx, vest_prob=0.1),
        back_ratio=0.6,
        props=(None, "bag", "bag", None),
    )


def _tent(ctx: _Ctx, x0: float, x1: float, z0: float, z1: float, col: RGB) -> None:
    """Queue a pop-up gazebo tent: legs, sloped roof and front valance."""
    ctx.ground_shadow((x0 + x1) / 2, (z0 + z1) / 2, (x1 - x0) / 2, (z1 - z0) / 2, 0.35)

    def back() -> None:
        for lx in (x0, x1 - 0.05):
            ctx.quad(lx, lx + 0.05, 0, 2.4, z1, (150, 150, 154))
        cam = ctx.cam
        peak = cam.pt((x0 + x1) / 2, 3.2, (z0 + z1) / 2)
        ctx.poly([cam.pt(x0, 2.4, z1), cam.pt(x1, 2.4, z1), peak], _shade(col, 0.8))
        ctx.poly([cam.pt(x0, 2.4, z0), cam.pt(x0, 2.4, z1), peak], _shade(col, 0.85))
        ctx.poly([cam.pt(x1, 2.4, z0), cam.pt(x1, 2.4, z1), peak], _shade(col, 0.85))
        ctx.poly(ctx.ground(x0, x1, z0, z1, 2.4), _shade(col, 0.6))

    def front() -> None:
        cam = ctx.cam
        for lx in (x0, x1 - 0.05):
            ctx.quad(lx, lx + 0.05, 0, 2.4, z0, (170, 170, 174))
        peak = cam.pt((x0 + x1) / 2, 3.2, (z0 + z1) / 2)
        ctx.poly([cam.pt(x0, 2.4, z0), cam.pt(x1, 2.4, z0), peak], col)
        ctx.quad(x0, x1, 2.15, 2.45, z0, _shade(col, 0.93))

    ctx.add(z1, back)
    ctx.add(z0 - 0.01, front)


def _scene_sports(ctx: _Ctx, text: str | None, people: int | None) -> None:
    rng = ctx.rng
    cam = ctx.cam
    concrete = _vary(rng, (170, 170, 164), 6)
    _sky_and_ground(ctx, concrete, _shade(concrete, 0.94))
    _far_buildings(ctx, 60, 160, rng.randint(4, 7))
    _treeline(ctx, 35)
    court = rng.choice(((52, 110, 150), (60, 130, 80), (170, 86, 64)))
    off = rng.uniform(-2.0, 2.0)
    near = 1.0
    far = rng.uniform(15, 17)
    ctx.poly(ctx.ground(off - 8.5, off + 8.5, near, far + 1.5), _shade(court, 0.85))
    ctx.poly(ctx.ground(off - 7.5, off + 7.5, near, far), court)
    white = (236, 236, 230)
    lw = 0.06

    def stripe(x0: float, x1: float, z0: float, z1: float) -> None:
        ctx.poly(ctx.ground(x0, x1, z0, z1, 0.001), white)

    stripe(off - 7.5, off - 7.5 + lw, near, far)
    stripe(off + 7.5 - lw, off + 7.5, near, far)
    stripe(off - 7.5, off + 7.5, far - lw, far)
    stripe(off - 2.45, off - 2.45 + lw, far - 5.8, far)
    stripe(off + 2.45 - lw, off + 2.45, far - 5.8, far)
    stripe(off - 2.45, off + 2.45, far - 5.8 - lw, far - 5.8)
    arc = [
        cam.pt(off + 1.8 * math.cos(a), 0.001, far - 5.8 - 1.8 * math.sin(a))
        for a in _angles(40)[:21]
    ]
    ctx.draw.line(arc, fill=white, width=max(1, round(lw * cam.ppm(far - 6.5))))
    arc3 = [
        cam.pt(off + 6.75 * math.cos(a), 0.001, far - 1.6 - 6.75 * math.sin(a))
        for a in _angles(60)[:31]
    ]
    ctx.draw.line(arc3, fill=white, width=max(1, round(lw * cam.ppm(far - 5))))
    fence_z = far + 2.5
    # Fence with posts and a green windscreen.
    hw = cam.half_width(fence_z) * 1.1
    ctx.quad(-hw, hw, 0, 1.6, fence_z, (50, 96, 70))
    x = -hw
    while x < hw:
        ctx.quad(x, x + 0.08, 0, 3.6, fence_z, (70, 80, 76))
        x += 3.0
    ctx.quad(-hw, hw, 3.5, 3.58, fence_z, (70, 80, 76))
    step = 0.5
    x = -hw
    while x < hw:
        ctx.draw.line(
            [cam.pt(x, 1.6, fence_z), cam.pt(x + 2.0, 3.5, fence_z)],
            fill=(110, 120, 118, 90),
            width=1,
        )
        ctx.draw.line(
            [cam.pt(x + 2.0, 1.6, fence_z), cam.pt(x, 3.5, fence_z)],
            fill=(110, 120, 118, 90),
            width=1,
        )
        x += step
    if text is not None:
        bl = min(hw * 1.6, _banner_length(text, 0.85))
        _banner(ctx, text, off - bl / 2, off + bl / 2, 1.85, 2.7, fence_z - 0.05)

    def hoop() -> None:
        hz = far + 1.0
        ctx.quad(off - 0.1, off + 0.1, 0, 3.0, hz, (60, 64, 70))
        ctx.poly(ctx.ground(off - 0.06, off + 0.06, far - 0.6, hz, 3.0), (60, 64, 70))
        ctx.quad(off - 0.9, off + 0.9, 2.9, 3.95, far - 0.6, (244, 244, 244))
        ctx.quad(off - 0.3, off + 0.3, 3.05, 3.45, far - 0.6, (200, 60, 40))
        ctx.quad(off - 0.26, off + 0.26, 3.09, 3.41, far - 0.6, (244, 244, 244))
        a = cam.pt(off - 0.23, 3.05, far - 0.9)
        b = cam.pt(off + 0.23, 3.05, far - 0.9)
        ry = max(2.0, 0.06 * cam.ppm(far - 0.9))
        ctx.draw.ellipse(
            [a[0], a[1] - ry, b[0], b[1] + ry],
            outline=(220, 90, 30),
            width=max(1, round(0.03 * cam.ppm(far))),
        )

    ctx.add(far - 0.6, hoop)
    _tree(ctx, off - 11, fence_z + 4)
    _tree(ctx, off + 11, fence_z + 6)
    n = _count(ctx, people, 6, 12)
    jersey = rng.choice(((200, 40, 40), (40, 80, 170), (250, 250, 250), (240, 170, 30)))

    def player() -> _Person:
        p = _make_person(
            rng,
            child=_kid(ctx),
            elderly=False,
            season="summer",
            top=jersey if rng.random() < 0.7 else None,
        )
        p.short_sleeves, p.skirt = True, False
        p.bottom = _shade(p.top, 0.7) if rng.random() < 0.6 else (30, 30, 34)
        return p

    if text is not None and rng.random() < 0.3:
        used = _group_with_banner(ctx, None, min(n, 10), cam.near_z() + 2.0, off, player)
        n -= used
    _scatter(
        ctx,
        n,
        cam.near_z() + 0.4,
        far - 1.5,
        player,
        back_ratio=0.35,
        arms=("down", "front", "wave", "up"),
        props=(None, None, "ball"),
    )


def _scene_street(ctx: _Ctx, text: str | None, people: int | None) -> None:
    rng = ctx.rng
    cam = ctx.cam
    asphalt = _vary(rng, (104, 106, 110), 5)
    _sky_and_ground(ctx, asphalt, _shade(asphalt, 0.95))
    off = rng.uniform(-1.5, 1.5)
    road = rng.uniform(3.0, 4.0)
    walk = rng.uniform(3.0, 4.0)
    far = 120.0
    _far_buildings(ctx, 140, 220, rng.randint(2, 4))
    side = _vary(rng, (190, 184, 176), 6)
    for sgn in (-1, 1):
        x_curb = off + sgn * road
        x_wall = off + sgn * (road + walk)
        ctx.poly(ctx.ground(min(x_curb, x_wall), max(x_curb, x_wall), 0.5, far), side)
        ctx.poly(ctx.side(x_curb, 0, 0.15, 0.5, far), (150, 150, 146))
        _facade(ctx, x_wall, far, sgn)
    for z in range(2, int(far), 6):
        ctx.poly(ctx.ground(off - 0.08, off + 0.08, z, z + 3), (230, 230, 220))
    for z in range(1, 60, 2):
        for sgn in (-1, 1):
            ctx.draw.line(
                [cam.pt(off + sgn * road, 0, z), cam.pt(off + sgn * (road + walk), 0, z)],
                fill=_shade(side, 0.92),
                width=1,
            )
    for sgn in (-1, 1):
        z = rng.uniform(5, 8)
        while z < 50:
            _tree(ctx, off + sgn * (road + 0.7), z, size=0.9)
            z += rng.uniform(7, 9)
    n = _count(ctx, people, 5, 12)
    near = cam.near_z()

    def volunteer() -> _Person:
        p = _make_person(
            rng,
            child=_kid(ctx),
            season=ctx.season,
            vest=_VEST_RED if rng.random() < 0.85 else (240, 150, 30),
            elderly=rng.random() < 0.2,
        )
        p.cap = _VEST_RED if rng.random() < 0.5 else None
        return p

    if text is not None and rng.random() < 0.55 and n >= 3:
        used = _group_with_banner(
            ctx, text, min(n, 12), near + 1.0, off + rng.uniform(-0.8, 0.8), volunteer
        )
        _scatter(
            ctx,
            n - used,
            near + 3.0,
            18,
            volunteer,
            props=("broom", "picker", "bag"),
            back_ratio=0.4,
        )
    else:
        if text is not None:
            bl = _banner_length(text, 0.65)
            bx = off + rng.uniform(-1.0, 1.0)
            _banner(ctx, text, bx - bl / 2, bx + bl / 2, 1.9, 2.55, rng.uniform(10, 12), poles=True)
        _scatter(
            ctx,
            n,
            near + 0.4,
            14,
            volunteer,
            props=("broom", "picker", "bag", "broom"),
            back_ratio=0.4,
        )
    for _ in range(2):
        bx = off + rng.choice((-1, 1)) * (road + 0.4)
        bz = rng.uniform(6, 12)
        col = rng.choice(((40, 120, 70), (60, 90, 140), (120, 120, 120)))

        def bin_(bx: float = bx, bz: float = bz, col: RGB = col) -> None:
            _draw_box(ctx, bx - 0.3, bx + 0.3, 0, 1.0, bz, bz + 0.6, col)

        ctx.ground_shadow(bx, bz + 0.3, 0.35, 0.3)
        ctx.add(bz + 0.3, bin_)


def _facade(ctx: _Ctx, x: float, far: float, sgn: int) -> None:
    """A continuous street front of 5–6 storey buildings on the plane x = const, with shops."""
    rng = ctx.rng
    z = 0.5
    while z < far:
        length = rng.uniform(12, 25)
        storeys = rng.randint(4, 7)
        h = storeys * 3.0
        wall = _vary(
            rng, rng.choice(((226, 216, 200), (210, 200, 190), (232, 224, 212), (200, 190, 176))), 6
        )
        wall = _shade(wall, 0.92 if sgn > 0 else 0.86)
        haze = min(0.5, z / 200)
        wall = _mix(wall, ctx.light.sky_low, haze)
        ctx.poly(ctx.side(x, 0, h, z, z + length), wall)
        ctx.poly(ctx.side(x, 0, 3.2, z, z + length), _mix((76, 82, 90), ctx.light.sky_low, haze))
        sign = rng.choice(
            ((190, 40, 40), (40, 90, 160), (230, 180, 50), (40, 130, 90), (240, 240, 236))
        )
        ctx.poly(
            ctx.side(x, 2.5, 3.2, z + 0.3, z + length - 0.3), _mix(sign, ctx.light.sky_low, haze)
        )
        glass = _mix((96, 108, 120), ctx.light.sky_low, haze)
        if z < 70:
            for f in range(1, storeys):
                hb = f * 3.0 + 0.9
                wz = z + 1.0
                while wz + 1.5 < z + length:
                    ctx.poly(ctx.side(x, hb, hb + 1.4, wz, wz + 1.5), glass)
                    wz += 3.0
        z += length + rng.uniform(0, 0.5)


def _scene_garden(ctx: _Ctx, text: str | None, people: int | None) -> None:
    rng = ctx.rng
    cam = ctx.cam
    grass = _vary(rng, (110, 140, 80), 8)
    _sky_and_ground(ctx, grass, _shade(grass, 0.88))
    _far_buildings(ctx, 70, 180, rng.randint(3, 6))
    _treeline(ctx, 40)
    fence_z = rng.uniform(14, 17)
    hw = cam.half_width(fence_z) * 1.1
    wood = (170, 130, 90)
    ctx.quad(-hw, hw, 0.5, 0.6, fence_z, _shade(wood, 0.9))
    ctx.quad(-hw, hw, 1.0, 1.1, fence_z, _shade(wood, 0.9))
    x = -hw
    while x < hw:
        ctx.quad(x, x + 0.09, 0, 1.25, fence_z, wood)
        x += 0.35
    if text is not None:
        bl = min(hw * 1.7, _banner_length(text, 0.65))
        bx = rng.uniform(-1.0, 1.0)
        _banner(ctx, text, bx - bl / 2, bx + bl / 2, 1.8, 2.45, fence_z - 0.1, poles=True)
    soil = _vary(rng, (112, 84, 60), 6)
    beds = []
    off = rng.uniform(-1, 1)
    for col_x in (-3.4, 0.0, 3.4):
        z = cam.near_z() + 1.2
        while z < fence_z - 2.5:
            beds.append((off + col_x, z))
            z += rng.uniform(3.0, 3.6)
    crops = ((70, 130, 50), (90, 150, 60), (120, 160, 70), (60, 110, 60))
    for bx, bz in beds:
        crop = rng.choice(crops)
        _garden_bed(ctx, bx - 1.2, bx + 1.2, bz, bz + 2.0, soil, crop)
        ctx.blockers.append((bx - 1.3, bx + 1.3, bz - 0.1, bz + 2.1))
    _tree(ctx, off - 8, fence_z + 3)
    _tree(ctx, off + 8.5, fence_z + 5)
    n = _count(ctx, people, 5, 10)

    def gardener() -> _Person:
        return _public(ctx, vest_prob=0.3)

    for _ in range(n):
        for _ in range(40):
            x = (
                off
                + rng.choice((-1.7, 1.7))
                + rng.uniform(-0.25, 0.25)
                + rng.choice((-3.4, 0.0, 3.4))
            )
            z = rng.uniform(cam.near_z() + 0.5, fence_z - 3)
            if ctx.free(x, z, 0.7) and abs(x) < cam.half_width(z) * 0.92:
                break
        p = gardener()
        crouch = rng.random() < 0.3
        p.arms = rng.choice(("down", "front", "wave"))
        p.prop = rng.choice(("can", None, "basket")) if not crouch else None
        if p.prop == "basket":
            p.arms = "front"
        if crouch:
            _person_item(ctx, x, z, p, pose="sit", seat=0.25, facing=rng.choice(("front", "back")))
        else:
            _person_item(ctx, x, z, p, facing="back" if rng.random() < 0.3 else "front")


def _garden_bed(
    ctx: _Ctx, x0: float, x1: float, z0: float, z1: float, soil: RGB, crop: RGB
) -> None:
    """Queue a raised vegetable bed with rows of plants."""
    rng = random.Random(ctx.rng.random())

    def run() -> None:
        cam = ctx.cam
        _draw_box(ctx, x0, x1, 0, 0.28, z0, z1, (150, 112, 76), top=soil)
        rows = 4
        for r in range(rows):
            xr = x0 + 0.3 + r * (x1 - x0 - 0.6) / (rows - 1)
            zz = z1 - 0.15
            while zz > z0 + 0.1:
                px, py = cam.pt(xr + rng.uniform(-0.04, 0.04), 0.3, zz)
                s = cam.ppm(zz)
                rr = rng.uniform(0.1, 0.16) * s
                ctx.draw.ellipse(
                    [px - rr, py - rr * 1.1, px + rr, py + rr * 0.3], fill=_vary(rng, crop, 14)
                )
                zz -= 0.3

    ctx.add((z0 + z1) / 2, run)


_SCENE_BUILDERS: dict[str, Callable[[_Ctx, str | None, int | None], None]] = {
    "meeting_room": _scene_meeting_room,
    "park": _scene_park,
    "classroom": _scene_classroom,
    "market_stall": _scene_market,
    "dining_hall": _scene_dining_hall,
    "sports_court": _scene_sports,
    "street_cleanup": _scene_street,
    "stage_performance": _scene_stage,
    "elderly_visit": _scene_elderly_visit,
    "garden": _scene_garden,
}
_INDOOR = {"meeting_room", "classroom", "dining_hall", "stage_performance", "elderly_visit"}


# --------------------------------------------------------------------------------------------
# Photo finishing
# --------------------------------------------------------------------------------------------


def _light_map(ctx: _Ctx) -> Image.Image:
    """A smooth multiplicative map: side light, vertical falloff, spots and vignette."""
    W, H = ctx.w, ctx.h
    gw, gh = (32, 24) if W >= H else (24, 32)
    light = ctx.light
    aspect = W / max(W, H), H / max(W, H)
    vign = 0.22 + ctx.rng.uniform(0.0, 0.1)
    data: list[tuple[int, int, int]] = []
    for j in range(gh):
        v = (j + 0.5) / gh
        for i in range(gw):
            u = (i + 0.5) / gw
            f = 0.97 + light.contrast * (u - 0.5) * light.sun_side
            f -= 0.05 * (v - 0.4)
            f *= 1.0 - ctx.dim
            for su, sv, sr, ss in ctx.spots:
                d2 = ((u - su) ** 2 + (v - sv) ** 2) / (sr * sr)
                f += ss * math.exp(-d2) * 1.4
            dx, dy = (u - 0.5) * 2 * aspect[0], (v - 0.5) * 2 * aspect[1]
            f *= 1.0 - vign * (dx * dx + dy * dy) ** 1.25
            f = max(0.0, min(1.0, f))
            data.append(
                (_clamp(light.tint[0] * f), _clamp(light.tint[1] * f), _clamp(light.tint[2] * f))
            )
    small = Image.new("RGB", (gw, gh))
    small.putdata(data)
    # Very low-frequency unevenness, like real light falling on real surfaces.
    mottle = random.Random(ctx.rng.random())
    blotch = Image.new("L", (6, 5))
    blotch.putdata([_clamp(255 - mottle.uniform(0, 8)) for _ in range(30)])
    blotch = blotch.resize((gw, gh), Image.Resampling.BICUBIC)
    small = ImageChops.multiply(small, Image.merge("RGB", (blotch, blotch, blotch)))
    return small.resize((W, H), Image.Resampling.BICUBIC)


def _add_grain(img: Image.Image, rng: random.Random, amount: float) -> Image.Image:
    """Mild luminance grain, generated at half resolution so it stays soft (and compresses)."""
    W, H = img.size
    gw, gh = max(1, W // 2), max(1, H // 2)
    noise = Image.frombytes("L", (gw, gh), rng.randbytes(gw * gh))
    lut = [_clamp(128 + (v - 127.5) / 127.5 * amount) for v in range(256)]
    noise = noise.point(lut).resize((W, H), Image.Resampling.BILINEAR)
    return ImageChops.add(img, Image.merge("RGB", (noise, noise, noise)), scale=1.0, offset=-128)


# Finishing strengths, tuned so a 1600×1200 JPEG at quality 75 stays around 60–110 KB.
_BACKGROUND_BLUR = 1.8
_LENS_BLUR = 1.0
_GRAIN = 1.5

# A gentle S-curve with slightly lifted blacks, like a phone camera's rendering.
_TONE_CURVE: list[int] = [
    _clamp(6 + 247 * (t - 0.06 * math.sin(2 * math.pi * t))) for t in (v / 255 for v in range(256))
]


def draw_photo(
    *,
    seed: int,
    scene: str,
    banner_text: str | None,
    width: int = 1600,
    height: int = 1200,
    people: int | None = None,
    children: bool = False,
) -> Image.Image:
    """An RGB image that reads as a photo of a community activity in the given scene.

    The seed varies layout, palette, time of day and the crowd; ``people`` fixes the number of
    figures; ``children`` mixes in (or, in a classroom, seats) children; a red banner with
    ``banner_text`` hangs on a wall, is tied to poles or is held by the front row.
    """
    if scene not in _SCENE_BUILDERS:
        raise ValueError(f"unknown scene {scene!r}; expected one of {', '.join(SCENES)}")
    if width < 16 or height < 16:
        raise ValueError("photo must be at least 16×16 pixels")
    rng = random.Random(f"photo:{seed}:{scene}:{width}x{height}:{people}:{children}:{banner_text}")
    indoor = scene in _INDOOR
    light = rng.choice(_INDOOR_LIGHTS if indoor else _OUTDOOR_LIGHTS)
    if scene == "elderly_visit":
        cam = _make_camera(
            rng, width, height, eye=(1.45, 1.6), horizon=(0.36, 0.42), focal=(0.62, 0.72)
        )
    elif scene == "stage_performance":
        cam = _make_camera(
            rng, width, height, eye=(1.5, 1.8), horizon=(0.44, 0.52), focal=(0.75, 0.9)
        )
    else:
        cam = _make_camera(rng, width, height)
    img = Image.new("RGB", (width, height), (200, 200, 200))
    season = rng.choice(("spring", "summer", "autumn", "winter"))
    ctx = _Ctx(rng=rng, cam=cam, img=img, light=light, children=children, season=season)
    _SCENE_BUILDERS[scene](ctx, banner_text, people)
    if people is not None and len(ctx.placed) < min(80, people):
        # More people than seats: the rest stand at the back, near the photographer.
        near = cam.near_z()
        extra = min(80, people) - len(ctx.placed)
        _scatter(ctx, extra, near + 0.2, near + 2.5, partial(_public, ctx), back_ratio=0.6)

    u = ctx.u
    img = ctx.img.filter(ImageFilter.GaussianBlur(_BACKGROUND_BLUR * u))  # shallow depth of field
    shadow = ctx.shadow.filter(ImageFilter.GaussianBlur(7 * u))
    img = Image.composite(img.point(lambda v: int(v * 0.55)), img, shadow)
    ctx.img = img
    ctx.draw = ImageDraw.Draw(img, "RGBA")
    for _, _, fn in sorted(ctx.items, key=lambda it: (-it[0], it[1])):
        fn()
    img = ctx.img.filter(ImageFilter.GaussianBlur(_LENS_BLUR * u))
    img = ImageChops.multiply(img, _light_map(ctx))
    img = img.point(_TONE_CURVE * 3)
    return _add_grain(img, rng, _GRAIN)


# --------------------------------------------------------------------------------------------
# Logos
# --------------------------------------------------------------------------------------------


def _heart(cx: float, cy: float, r: float, n: int = 80) -> list[Point]:
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        pts.append((cx + x / 17 * r, cy - y / 17 * r))
    return pts


def _rotate(pts: Sequence[Point], cx: float, cy: float, angle: float) -> list[Point]:
    ca, sa = math.cos(angle), math.sin(angle)
    return [
        (cx + (x - cx) * ca - (y - cy) * sa, cy + (x - cx) * sa + (y - cy) * ca) for x, y in pts
    ]


def _leaf(
    cx: float, cy: float, length: float, width: float, angle: float, n: int = 60
) -> list[Point]:
    pts = []
    for i in range(n + 1):
        t = i / n
        pts.append((cx - length / 2 + length * t, cy - width * math.sin(math.pi * t) ** 0.9))
    for i in range(n + 1):
        t = 1 - i / n
        pts.append((cx - length / 2 + length * t, cy + width * math.sin(math.pi * t) ** 0.9))
    return _rotate(pts, cx, cy, angle)


def _star(
    cx: float, cy: float, r: float, points: int = 5, inner: float = 0.45, rot: float = -math.pi / 2
) -> list[Point]:
    pts = []
    for i in range(points * 2):
        rr = r if i % 2 == 0 else r * inner
        a = rot + math.pi * i / points
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def _logo_text(
    draw: ImageDraw.ImageDraw,
    initial: str,
    center: Point,
    max_w: float,
    max_h: float,
    fill: Sequence[int],
    serif: bool,
) -> None:
    """Fit one or two characters into max_w × max_h around center."""
    text = initial.strip()[:3] or "社"
    if len(text) == 1:
        side = min(max_w, max_h * 1.25)
        max_w = max_h = side
    font = _fit_font(text, max_w, max_h, bold=True, serif=serif)
    if font is not None:
        _draw_centered_text(draw, center, text, font, tuple(fill))


def draw_logo(*, seed: int, name: str, initial: str, color: str, size: int = 512) -> Image.Image:
    """A simple logo on a transparent square: a seed-chosen emblem with ``initial`` drawn large.

    Families (seed modulo 10): circle badge, rounded square, leaf, house, heart with hands,
    sun rays, waves, open book, shield, ring of people. Drawn at 4× and downsampled.
    """
    rng = random.Random(f"logo:{seed}:{name}:{initial}:{color}")
    S = size * 4
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    base = _hex(color)
    if _luma(base) > 0.6:  # keep white initials legible on light brand colours
        base = _hls_shift(base, light=0.4)
    accent = (
        (242, 178, 36)
        if rng.random() < 0.4
        else _hls_shift(base, dh=rng.choice((-0.1, 0.1, 0.5)), light=0.56, sat=0.7)
    )
    if abs(_luma(accent) - _luma(base)) < 0.12:
        accent = _hls_shift(accent, light=0.7)
    white = (255, 255, 255)
    serif = rng.random() < 0.35
    family = seed % 10
    c = S / 2
    ornament = rng.random() < 0.5
    fill: Sequence[int] = white
    center: Point = (c, c)
    box_w, box_h = 0.56, 0.42

    if family == 0:  # circle badge, optionally with the name around the ring
        d.ellipse([S * 0.03, S * 0.03, S * 0.97, S * 0.97], fill=base)
        ring = name.strip()
        if 2 <= len(ring) <= 12 and rng.random() < 0.6:
            d.ellipse([S * 0.255, S * 0.255, S * 0.745, S * 0.745], fill=white)
            _ring_text(img, ring, c, c, S * 0.36, S * 0.095)
            for a in (math.pi * 0.72, math.pi * 0.28):
                d.polygon(
                    _star(c + S * 0.36 * math.cos(a), c + S * 0.36 * math.sin(a), S * 0.04),
                    fill=accent,
                )
            fill, box_w, box_h = base, 0.38, 0.27
        else:
            d.ellipse([S * 0.1, S * 0.1, S * 0.9, S * 0.9], outline=white, width=round(S * 0.02))
            d.polygon(_star(c, S * 0.17, S * 0.045), fill=accent)
            d.arc([S * 0.2, S * 0.2, S * 0.8, S * 0.8], 30, 150, fill=accent, width=round(S * 0.03))
            center, box_w, box_h = (c, S * 0.47), 0.62, 0.4
    elif family == 1:  # rounded square with a corner swoosh
        mask = Image.new("L", (S, S), 0)
        ImageDraw.Draw(mask).rounded_rectangle(
            [S * 0.05, S * 0.05, S * 0.95, S * 0.95], radius=S * 0.2, fill=255
        )
        d.rectangle([0, 0, S, S], fill=base)
        d.ellipse([S * 0.55, S * 0.7, S * 1.6, S * 1.5], fill=accent)
        d.ellipse([S * 0.62, S * 0.78, S * 1.6, S * 1.6], fill=base)
        img.putalpha(mask)
        d = ImageDraw.Draw(img)
        center, box_w, box_h = (c, S * 0.46), 0.66, 0.46
    elif family == 2:  # leaf
        d.polygon(_leaf(c + S * 0.24, c + S * 0.28, S * 0.4, S * 0.1, -0.6), fill=accent)
        d.polygon(_leaf(c, c - S * 0.03, S * 0.94, S * 0.33, -0.6), fill=base)
        center, box_w, box_h = (c, c - S * 0.03), 0.58, 0.36
    elif family == 3:  # house with a roof
        d.polygon([(S * 0.5, S * 0.06), (S * 0.96, S * 0.45), (S * 0.04, S * 0.45)], fill=accent)
        d.rectangle([S * 0.7, S * 0.12, S * 0.8, S * 0.32], fill=accent)
        d.rounded_rectangle([S * 0.14, S * 0.38, S * 0.86, S * 0.94], radius=S * 0.05, fill=base)
        if ornament:
            d.polygon(_heart(S * 0.5, S * 0.28, S * 0.07), fill=white)
        else:
            d.ellipse([S * 0.45, S * 0.22, S * 0.55, S * 0.32], fill=white)
        center, box_w, box_h = (S * 0.5, S * 0.665), 0.6, 0.38
    elif family == 4:  # heart held by two hands
        d.polygon(_heart(c, S * 0.42, S * 0.42), fill=base)
        w = round(S * 0.075)
        d.arc([S * 0.04, S * 0.22, S * 0.66, S * 0.94], 100, 170, fill=accent, width=w)
        d.arc([S * 0.34, S * 0.22, S * 0.96, S * 0.94], 10, 80, fill=accent, width=w)
        center, box_w, box_h = (c, S * 0.4), 0.5, 0.32
    elif family == 5:  # sun with rays
        rays = rng.choice((12, 16, 20))
        for i in range(rays):
            a = 2 * math.pi * i / rays
            tip = (c + S * 0.48 * math.cos(a), c + S * 0.48 * math.sin(a))
            q1 = (c + S * 0.3 * math.cos(a - 0.12), c + S * 0.3 * math.sin(a - 0.12))
            q2 = (c + S * 0.3 * math.cos(a + 0.12), c + S * 0.3 * math.sin(a + 0.12))
            d.polygon([tip, q1, q2], fill=accent)
        d.ellipse([S * 0.16, S * 0.16, S * 0.84, S * 0.84], fill=base)
        if ornament:
            d.ellipse(
                [S * 0.21, S * 0.21, S * 0.79, S * 0.79],
                outline=_mix(base, white, 0.45),
                width=round(S * 0.012),
            )
        box_w, box_h = 0.5, 0.36
    elif family == 6:  # waves under a light disc, initial in colour
        layer = Image.new("RGBA", (S, S), (0, 0, 0, 0))
        ld = ImageDraw.Draw(layer)
        ld.rectangle([0, 0, S, S], fill=_mix(base, white, 0.85))
        for k, (col, y0) in enumerate(((accent, 0.62), (base, 0.73))):
            pts = [
                (x, S * y0 + math.sin(x / S * 2 * math.pi * 1.5 + k * 1.6) * S * 0.04)
                for x in range(0, S + 8, 8)
            ]
            ld.polygon([*pts, (S, S), (0, S)], fill=col)
        mask = Image.new("L", (S, S), 0)
        ImageDraw.Draw(mask).ellipse([S * 0.03, S * 0.03, S * 0.97, S * 0.97], fill=255)
        layer.putalpha(mask)
        img.alpha_composite(layer)
        d = ImageDraw.Draw(img)
        d.ellipse([S * 0.03, S * 0.03, S * 0.97, S * 0.97], outline=base, width=round(S * 0.04))
        fill, center, box_w, box_h = base, (c, S * 0.37), 0.56, 0.34
    elif family == 7:  # open book under a rising disc
        d.ellipse([S * 0.2, S * 0.02, S * 0.8, S * 0.62], fill=base)
        left = [(S * 0.04, S * 0.5), (S * 0.5, S * 0.6), (S * 0.5, S * 0.97), (S * 0.04, S * 0.87)]
        right = [(S * 0.5, S * 0.6), (S * 0.96, S * 0.5), (S * 0.96, S * 0.87), (S * 0.5, S * 0.97)]
        d.polygon(left, fill=accent)
        d.polygon(right, fill=_shade(accent, 0.85))
        d.line([(S * 0.5, S * 0.6), (S * 0.5, S * 0.97)], fill=white, width=round(S * 0.014))
        for k in range(3):
            y = S * (0.66 + k * 0.08)
            d.line(
                [(S * 0.12, y - S * 0.02), (S * 0.42, y + S * 0.045)],
                fill=_mix(accent, white, 0.5),
                width=round(S * 0.012),
            )
            d.line(
                [(S * 0.58, y + S * 0.045), (S * 0.88, y - S * 0.02)],
                fill=_mix(accent, white, 0.5),
                width=round(S * 0.012),
            )
        center, box_w, box_h = (c, S * 0.31), 0.46, 0.3
    elif family == 8:  # shield with a star
        shield = [
            (S * 0.5, S * 0.03),
            (S * 0.91, S * 0.15),
            (S * 0.87, S * 0.56),
            (S * 0.5, S * 0.97),
            (S * 0.13, S * 0.56),
            (S * 0.09, S * 0.15),
        ]
        d.polygon(shield, fill=base)
        inner = [(x * 0.86 + S * 0.07, y * 0.86 + S * 0.07) for x, y in shield]
        d.polygon(inner, outline=white, width=round(S * 0.016))
        d.polygon(_star(S * 0.5, S * 0.2, S * 0.065), fill=accent)
        center, box_w, box_h = (S * 0.5, S * 0.5), 0.54, 0.36
    else:  # ring of people around a disc
        people = rng.choice((6, 8))
        r = S * 0.07
        for i in range(people):
            a = 2 * math.pi * i / people - math.pi / 2
            col = accent if i % 2 else _mix(base, white, 0.25)
            bx, by = c + S * 0.28 * math.cos(a), c + S * 0.28 * math.sin(a)
            d.pieslice(
                [bx - r * 1.5, by - r * 1.5, bx + r * 1.5, by + r * 1.5],
                math.degrees(a) - 90,
                math.degrees(a) + 90,
                fill=col,
            )
            px, py = c + S * 0.445 * math.cos(a), c + S * 0.445 * math.sin(a)
            d.ellipse([px - r * 0.75, py - r * 0.75, px + r * 0.75, py + r * 0.75], fill=col)
        d.ellipse([S * 0.2, S * 0.2, S * 0.8, S * 0.8], fill=white)
        d.ellipse([S * 0.23, S * 0.23, S * 0.77, S * 0.77], fill=base)
        box_w, box_h = 0.42, 0.3

    if ornament and family in (1, 8):
        for k in range(rng.randint(1, 2)):
            px, py = S * (0.2 + 0.06 * k), S * (0.18 + 0.08 * k)
            d.polygon(
                _star(px, py, S * (0.04 - 0.012 * k), 4, 0.35),
                fill=white if family == 1 else accent,
            )
    _logo_text(d, initial, center, S * box_w, S * box_h, fill, serif)
    return img.resize((size, size), Image.Resampling.LANCZOS)


def _ring_text(
    img: Image.Image, text: str, cx: float, cy: float, radius: float, size: float
) -> None:
    """Write characters around the top of a circle, each upright relative to the ring."""
    font = _font(round(size), bold=True)
    if font is None:
        return
    n = len(text)
    step = min(size * 1.12 / radius, math.pi * 1.3 / max(1, n - 1))
    span = step * (n - 1)
    for i, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + step * i
        tile = Image.new("RGBA", (round(size * 1.6), round(size * 1.6)), (0, 0, 0, 0))
        _draw_centered_text(
            ImageDraw.Draw(tile), (tile.width / 2, tile.height / 2), ch, font, (255, 255, 255, 255)
        )
        tile = tile.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        px, py = cx + radius * math.cos(a), cy + radius * math.sin(a)
        img.alpha_composite(tile, (round(px - tile.width / 2), round(py - tile.height / 2)))


# --------------------------------------------------------------------------------------------
# JPEG with EXIF
# --------------------------------------------------------------------------------------------

# Orientation tag → the transpose that turns an upright image into the stored pixels (the
# inverse of what a viewer applies when it honours the tag).
_STORE_TRANSPOSE: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    value = abs(value)
    deg = int(value)
    minutes_f = (value - deg) * 60
    minutes = int(minutes_f)
    seconds = round((minutes_f - minutes) * 60 * 10000)
    return IFDRational(deg, 1), IFDRational(minutes, 1), IFDRational(seconds, 10000)


def save_photo_jpeg(
    image: Image.Image, path: str | os.PathLike[str], *, quality: int = 75, exif: dict | None = None
) -> None:
    """Save as a progressive, optimized JPEG, optionally with camera EXIF (make, model,
    datetime, orientation, gps=(lat, lon)). With an orientation tag the pixels are stored
    pre-rotated so that a viewer applying the tag shows the image upright."""
    img = image
    if img.mode in ("RGBA", "LA", "P"):
        rgba = img.convert("RGBA")
        bg = Image.new("RGB", rgba.size, (255, 255, 255))
        bg.paste(rgba, mask=rgba.getchannel("A"))
        img = bg
    elif img.mode != "RGB":
        img = img.convert("RGB")
    options: dict = {
        "format": "JPEG",
        "quality": quality,
        "optimize": True,
        "progressive": True,
        "subsampling": "4:2:0",
    }
    if exif:
        data = Image.Exif()
        if exif.get("make"):
            data[0x010F] = str(exif["make"])
        if exif.get("model"):
            data[0x0110] = str(exif["model"])
        orientation = int(exif.get("orientation") or 1)
        if not 1 <= orientation <= 8:
            raise ValueError(f"EXIF orientation must be 1-8, got {orientation}")
        if "orientation" in exif:
            data[0x0112] = orientation
        if orientation in _STORE_TRANSPOSE:
            img = img.transpose(_STORE_TRANSPOSE[orientation])
        if exif.get("datetime"):
            stamp = str(exif["datetime"])
            data[0x0132] = stamp
            sub = data.get_ifd(0x8769)
            sub[0x9003] = stamp
            sub[0x9004] = stamp
        if exif.get("gps") is not None:
            lat, lon = (float(v) for v in exif["gps"])
            gps = data.get_ifd(0x8825)
            gps[0x0000] = b"\x02\x02\x00\x00"
            gps[0x0001] = "N" if lat >= 0 else "S"
            gps[0x0002] = _dms(lat)
            gps[0x0003] = "E" if lon >= 0 else "W"
            gps[0x0004] = _dms(lon)
        options["exif"] = data.tobytes()
    img.save(path, **options)

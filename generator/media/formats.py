"""Image files as untrusted input, before any pixel is decoded: the format allowlist, the size
limits read from the header, and whether the file is whole.

- Only JPEG, PNG and WebP are opened (``formats=``); a file whose name says otherwise is
  mislabelled. Sizes are checked from the header before any pixel is decoded: over ``MAX_BYTES``
  or ``MAX_PIXELS`` is a finding (Pillow's own, process-wide bomb limit is never touched, so its
  hard error still stands behind ours).
- A file is whole when a JPEG ends its scans with EOI, a PNG reaches IEND and a WebP holds its
  RIFF size; PNG text chunks that would inflate past Pillow's limit are refused. Checked without
  decoding pixels, so validating a city stays fast.
"""

from __future__ import annotations

import re
import struct
import warnings
import zlib
from pathlib import Path
from typing import IO

from PIL import Image, PngImagePlugin, UnidentifiedImageError

FORMATS = ("JPEG", "PNG", "WEBP")
# Pillow names a JPEG that carries a multi-picture index (phones' HDR gain maps, depth maps) MPO
# even when it is opened with formats=["JPEG"]: it is a JPEG, and the first picture is the photo.
_FORMAT_OF = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WEBP"}
_SUFFIX_FORMAT = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}
MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 50_000_000
TRUNCATED = "truncated (incomplete file)"


class ImageProblem(Exception):
    """A source image that cannot be published; `code` is a findings code."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def open_image(source: Path | IO[bytes], name: str) -> Image.Image:
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
        raise ImageProblem("image-unreadable", detail=f"{name}: {describe(error)}") from None
    except Exception as error:  # an image Pillow chokes on is a finding
        raise ImageProblem("image-unreadable", detail=f"{name}: {describe(error)}") from None
    width, height = image.size
    if width * height > MAX_PIXELS or width <= 0 or height <= 0:
        image.close()
        raise ImageProblem("image-too-large", detail=f"{name}: {_pixels_text((width, height))}")
    return image


def _pixels_text(size: tuple[int, int]) -> str:
    return f"{size[0]}×{size[1]} px, over {MAX_PIXELS // 1_000_000} MP"


def describe(error: BaseException) -> str:
    """A short reason for what Pillow or the system raised about an image."""
    text = str(error).strip() or type(error).__name__
    if "truncated" in text.lower():
        return TRUNCATED
    if "text chunk" in text.lower() or "decompressed data too large" in text.lower():
        return "metadata (PNG text chunk) too large"
    return text[:60]


def check_format(image: Image.Image, name: str) -> str:
    """The allowed format of an open image; a name ending in another format is mislabelled."""
    actual = _FORMAT_OF.get(image.format or "")
    if actual is None:  # cannot happen with formats=, but never trust a plugin's choice
        raise ImageProblem("image-unreadable", detail=f"{name}: not a JPEG, PNG or WebP image")
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if _SUFFIX_FORMAT.get(suffix) != actual:
        raise ImageProblem("image-mislabelled", actual=actual, suffix=suffix or "?")
    return actual


# -- whole files ------------------------------------------------------------------------------


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
            return TRUNCATED
        length, kind = struct.unpack(">I4s", head)
        if pos + 12 + length > size:
            return TRUNCATED
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


def check_whole(path: Path, image_format: str, size: int) -> None:
    """Raise ImageProblem unless the file is whole (read from disk, no pixel decoded)."""
    name = path.name
    with path.open("rb") as handle:
        if image_format == "JPEG":
            problem = None if _jpeg_complete(handle, size) else TRUNCATED
        elif image_format == "PNG":
            problem = _png_problem(handle, size)
        else:
            problem = None if _webp_complete(handle, size) else TRUNCATED
    if problem:
        raise ImageProblem("image-unreadable", detail=f"{name}: {problem}")

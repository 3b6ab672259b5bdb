"""Single values checked on their own: unified social credit codes and ID-card numbers by their
check characters (GB 32100-2015, GB 11643-1999), and a colour's contrast against white text."""

from __future__ import annotations

import colorsys
import unicodedata

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ID_CARD_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CARD_CHECK = "10X98765432"


def uscc_reading(code: str) -> str:
    """A credit code as it is meant: full-width forms made half-width, spaces (a code copied from
    a certificate often has them) removed, letters in capitals."""
    text = unicodedata.normalize("NFKC", code)
    return "".join(text.split()).upper()


def uscc_region(code: str) -> str:
    """Characters 3-8 of a credit code: the region of the registration authority (GB/T 2260)."""
    return uscc_reading(code)[2:8]


def uscc_problem(code: str) -> tuple[str, str] | None:
    """Why a unified social credit code is wrong (GB 32100-2015), or None when it is valid."""
    text = uscc_reading(code)
    if len(text) != 18:
        return f"应为 18 位，现在是 {len(text)} 位", f"must be 18 characters, has {len(text)}"
    for char in text:
        if char not in USCC_CHARSET:
            return (
                f"含有不允许的字符“{char}”",
                f'contains the character "{char}", which is never used',
            )
    if text[0] != "5":
        return (
            "第 1 位应为 5（民政部门登记的社会组织）",
            "the first character of a civil-affairs code is 5",
        )
    if text[1] not in "1239":
        return "第 2 位应为 1、2、3 或 9（机构类别）", "the second character must be 1, 2, 3 or 9"
    if not text[2:8].isdigit():
        return "第 3–8 位应为数字行政区划代码", "characters 3-8 are a numeric region code"
    total = sum(
        USCC_CHARSET.index(char) * weight
        for char, weight in zip(text[:17], USCC_WEIGHTS, strict=False)
    )
    expected = USCC_CHARSET[(31 - total % 31) % 31]
    if text[17] != expected:
        return (
            "最后一位校验码不对，可能抄错了某一位",
            "the check character does not match; a character was mistyped",
        )
    return None


def uscc_with_check(first17: str) -> str:
    """Complete 17 characters with their check character (used by scaffolds and the example city)."""
    total = sum(
        USCC_CHARSET.index(char) * weight
        for char, weight in zip(first17, USCC_WEIGHTS, strict=False)
    )
    return first17 + USCC_CHARSET[(31 - total % 31) % 31]


def is_id_card(text: str) -> bool:
    if len(text) != 18:
        return False
    total = sum(
        int(char) * weight for char, weight in zip(text[:17], ID_CARD_WEIGHTS, strict=False)
    )
    return ID_CARD_CHECK[total % 11] == text[17].upper()


def _luminance(hex_color: str) -> float:
    channels = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_with_white(hex_color: str) -> float:
    return 1.05 / (_luminance(hex_color) + 0.05)


def darker_passing(hex_color: str, ratio: float = 4.6) -> str:
    """The same hue made dark enough to reach the ratio against white."""
    red, green, blue = (int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    while lightness > 0:
        lightness = max(0.0, lightness - 0.01)
        rgb = colorsys.hls_to_rgb(hue, lightness, saturation)
        candidate = "#" + "".join(f"{round(c * 255):02X}" for c in rgb)
        if contrast_with_white(candidate) >= ratio:
            return candidate
    return "#000000"

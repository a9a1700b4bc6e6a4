"""Just enough inline CSS to tell whether an element's text can be seen: declarations, lengths and colours.

Read with string methods only: no pattern to backtrack on a long style attribute, and each attribute is read once.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

Colour = tuple[float, float, float, float]
"""Red, green, blue (0-255) and alpha (0-1)."""

WHITE: Colour = (255.0, 255.0, 255.0, 1.0)
BLACK: Colour = (0.0, 0.0, 0.0, 1.0)
_NAMES = {  # the named colours mail is written in, and the light ones text can hide on
    "white": "ffffff", "black": "000000", "red": "ff0000", "green": "008000", "blue": "0000ff", "yellow": "ffff00",
    "gray": "808080", "grey": "808080", "silver": "c0c0c0", "navy": "000080", "maroon": "800000",
    "purple": "800080", "teal": "008080", "olive": "808000", "lime": "00ff00", "aqua": "00ffff", "cyan": "00ffff",
    "fuchsia": "ff00ff", "magenta": "ff00ff", "orange": "ffa500", "lightgray": "d3d3d3", "lightgrey": "d3d3d3",
    "darkgray": "a9a9a9", "darkgrey": "a9a9a9", "whitesmoke": "f5f5f5", "snow": "fffafa", "ivory": "fffff0",
    "ghostwhite": "f8f8ff", "floralwhite": "fffaf0", "linen": "faf0e6", "seashell": "fff5ee", "mintcream": "f5fffa",
    "azure": "f0ffff", "aliceblue": "f0f8ff", "honeydew": "f0fff0", "lavenderblush": "fff0f5", "oldlace": "fdf5e6",
    "beige": "f5f5dc", "cornsilk": "fff8dc", "gainsboro": "dcdcdc", "lightyellow": "ffffe0", "transparent": "00000000",
}
# Text this close to its background cannot be told from it on a screen (spam writes #fefefe on white).
_NEAR = 8.0
# Less opaque than this, text is not read: `opacity:0.01` is as good as `opacity:0` to a spammer.
_FAINT = 0.1
# Smaller than this (in CSS pixels), a font or a box shows no readable text; 1px is the newsletter preheader's.
_TINY_PX = 2.0
_PX_PER = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6,
           "em": 16.0, "rem": 16.0, "ex": 8.0, "ch": 8.0, "%": 0.16}
# Moved this far off the page (`position:absolute; left:-9999px`, `text-indent:-9999px`), text is not seen.
_OFF_PAGE_PX = -500.0
LOOKS = frozenset({"color", "background", "background-color", "background-image", "font", "font-size", "visibility"})
"""The properties `Look.inside` reads."""
_NUMBER = "+-.0123456789"
_HEX = "0123456789abcdef"


def declarations(style: str) -> dict[str, str]:
    """An inline style's declarations, property -> value, both lower-cased with runs of spaces made one and
    `!important` dropped; a later declaration wins unless only the earlier one is important."""
    found: dict[str, str] = {}
    important: set[str] = set()
    for declaration in _uncommented(style).split(";"):
        prop, colon, value = declaration.partition(":")
        prop = prop.strip().lower()
        if not colon or not prop:
            continue
        value, bang, flag = value.partition("!")
        weighty = bool(bang) and flag.strip().lower() == "important"
        if prop in important and not weighty:
            continue
        found[prop] = " ".join(value.lower().split())
        if weighty:
            important.add(prop)
    return found


def _uncommented(style: str) -> str:
    """The style without its `/* ... */` comments."""
    parts, start = [], 0
    while (opening := style.find("/*", start)) >= 0:
        parts.append(style[start:opening])
        closing = style.find("*/", opening + 2)
        if closing < 0:
            return "".join(parts)
        start = closing + 2
    parts.append(style[start:])
    return "".join(parts)


def removes(style: Mapping[str, str]) -> bool:
    """The element and all it holds are not shown, whatever its descendants say: `display:none`, (nearly) no
    opacity, Outlook's `mso-hide:all`, a box of no size that hides its overflow, or a place off the page."""
    opacity = _number(style["opacity"]) if "opacity" in style else None
    return (style.get("display") == "none" or style.get("mso-hide") == "all"
            or (opacity is not None and opacity < _FAINT) or _collapsed(style) or _off_page(style))


def _collapsed(style: Mapping[str, str]) -> bool:
    """A zero (or 1px) height or width with its overflow hidden: the newsletter preheader's box."""
    if not ("overflow" in style or "overflow-x" in style or "overflow-y" in style):
        return False
    overflow = style.get("overflow", "").split() or [""]
    clips = {axis: style.get(f"overflow-{axis}", overflow[0 if axis == "x" else -1]) in ("hidden", "clip")
             for axis in ("x", "y")}
    return (clips["y"] and any(_tiny(style.get(p, "")) for p in ("height", "max-height"))
            or clips["x"] and any(_tiny(style.get(p, "")) for p in ("width", "max-width")))


def _off_page(style: Mapping[str, str]) -> bool:
    if "text-indent" not in style and style.get("position") not in ("absolute", "fixed"):
        return False
    far = any((px := pixels(style.get(p, ""))) is not None and px <= _OFF_PAGE_PX for p in ("left", "top"))
    indent = pixels(style.get("text-indent", ""))
    return (far and style.get("position") in ("absolute", "fixed")) or (indent is not None and indent <= _OFF_PAGE_PX)


class Look(NamedTuple):
    """What an element's text inherits that decides whether it can be seen; a descendant may change each."""

    colour: Colour | None = BLACK
    background: Colour | None = WHITE
    """None when unknown: an image, or a colour not read here (the text is then taken as seen)."""
    tiny: bool = False
    """The font is too small to read (`font-size:0`, `font:0/0 a`)."""
    hidden: bool = False
    """`visibility: hidden` (or `collapse`)."""

    def seen(self) -> bool:
        """Text with this look can be seen."""
        return not (self.tiny or self.hidden or _unseen(self.colour, self.background))

    def inside(self, style: Mapping[str, str], attributes: Mapping[str, str | None]) -> Look:
        """The look of an element with this inline style and these attributes, inside one with this look."""
        colour, background = self.colour, self.background
        if attributes.get("background"):
            background = None
        if (bgcolor := attributes.get("bgcolor")) is not None:
            background = _over(_colour(bgcolor, bare=True), background)
        for name in ("color", "text"):  # <font color>, <body text>
            if (value := attributes.get(name)) is not None:
                colour = _colour(value, bare=True)
        if "background-image" in style and style["background-image"] != "none":
            background = None
        for prop in ("background", "background-color"):
            if prop in style:
                background = _background(style[prop], background)
        if "color" in style:
            colour = colour if style["color"] in ("inherit", "currentcolor") else _colour(style["color"])
        return Look(colour, background, _font_tiny(style, self.tiny), _hides(style.get("visibility"), self.hidden))


def _hides(visibility: str | None, inherited: bool) -> bool:
    return inherited if visibility is None or visibility == "inherit" else visibility in ("hidden", "collapse")


def _font_tiny(style: Mapping[str, str], inherited: bool) -> bool:
    """Whether the element's font is too small to read; `font-size:14px` in a `font-size:0` container is not."""
    if "font-size" in style:
        size = style["font-size"]
        return inherited if size == "inherit" else _tiny(size)
    if "font" in style:  # `font: bold 0/0 a`: the first length is the size
        sizes = [px for token in style["font"].split() if (px := pixels(token.partition("/")[0])) is not None]
        return 0 <= sizes[0] < _TINY_PX if sizes else inherited
    return inherited


def _tiny(length: str) -> bool:
    """A length under `_TINY_PX` (zero in any unit)."""
    px = pixels(length)
    return px is not None and 0 <= px < _TINY_PX


def pixels(length: str) -> float | None:
    """A length in CSS pixels (em and % taken from a 16px font; zero in any unit), or None when it is not a length
    read here."""
    text = length.strip()
    unit = text.lstrip(_NUMBER)
    try:
        number = float(text[:len(text) - len(unit)])
    except ValueError:
        return None
    if number == 0:
        return 0.0
    return number * _PX_PER[unit] if unit in _PX_PER else None


def _number(text: str) -> float | None:
    """A number, or a percentage as a fraction."""
    text = text.strip()
    try:
        return float(text.removesuffix("%")) / (100 if text.endswith("%") else 1)
    except ValueError:
        return None


def _background(value: str, inherited: Colour | None) -> Colour | None:
    """The background a `background` or `background-color` value gives, over the one inherited."""
    if value in ("inherit", "initial", "none"):
        return inherited
    if "url(" in value or "gradient(" in value or "image-set(" in value:
        return None
    return _over(_colour_in(value), inherited)


def _colour_in(value: str) -> Colour | None:
    """The colour in a shorthand value (`#fff no-repeat`, `rgb(255, 255, 255)`)."""
    function = next((k for k in (value.find("rgb"), value.find("hsl")) if k >= 0), -1)
    if function >= 0:
        return _colour(value[function:value.find(")", function) + 1])
    return next((found for token in value.split() if (found := _colour(token)) is not None), None)


def _over(colour: Colour | None, under: Colour | None) -> Colour | None:
    """A (possibly translucent) colour painted over another; unknown if either is."""
    if colour is None or colour[3] >= 1:
        return colour
    if under is None:
        return None if colour[3] > 0 else under
    alpha = colour[3]
    r, g, b = (alpha * colour[k] + (1 - alpha) * under[k] for k in range(3))
    return (r, g, b, 1.0)


def _unseen(colour: Colour | None, background: Colour | None) -> bool:
    """Text of this colour cannot be told from this background (transparent text on any)."""
    if colour is None:
        return False
    if background is None:
        return colour[3] < _FAINT
    return all(abs(colour[3] * (colour[k] - background[k])) <= _NEAR for k in range(3))


@lru_cache(maxsize=1024)
def _colour(value: str, bare: bool = False) -> Colour | None:
    """A colour as CSS writes it (a name, `#rgb`, `#rrggbb`, with alpha, `rgb()`, `rgba()`), or None; `bare`
    also reads hex digits without `#`, as old HTML attributes (`bgcolor=ffffff`) are written."""
    value = value.strip().lower()
    if value in _NAMES:
        return _hex(_NAMES[value])
    if value.startswith("#") or bare and len(value) in (3, 6) and not value.strip(_HEX):
        return _hex(value.removeprefix("#"))
    if value.startswith(("rgb(", "rgba(")) and value.endswith(")"):
        return _rgb(value.partition("(")[2][:-1])
    return None


def _hex(digits: str) -> Colour | None:
    if len(digits) in (3, 4):
        digits = "".join(ch * 2 for ch in digits)
    if len(digits) not in (6, 8) or digits.strip(_HEX):
        return None
    alpha = int(digits[6:], 16) / 255 if len(digits) == 8 else 1.0
    rgb = int(digits[:6], 16)
    return (float(rgb >> 16), float(rgb >> 8 & 255), float(rgb & 255), alpha)


def _rgb(inner: str) -> Colour | None:
    """`255, 255, 255`, `100% 100% 100% / 0.5` and the like."""
    parts = inner.replace(",", " ").replace("/", " ").split()
    numbers = [_number(part) for part in parts]
    if len(parts) not in (3, 4) or None in numbers:
        return None
    channels = [255 * (n or 0) if part.endswith("%") else n or 0 for n, part in zip(numbers[:3], parts, strict=False)]
    alpha = numbers[3] if len(numbers) == 4 and numbers[3] is not None else 1.0
    return (channels[0], channels[1], channels[2], max(0.0, min(alpha, 1.0)))

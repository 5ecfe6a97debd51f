#!/usr/bin/env python3
"""Render a terminal capture with ANSI escapes (tmux capture-pane -e -p) to a PNG.

Understands what margintop's screens use: SGR reset, bold, dim, underline, reverse (and their
resets), the 8/16 ANSI colours, xterm-256 indexes, 24-bit colours, and the terminal's default
foreground and background. Other escape sequences are skipped. Wide (East Asian) characters take
two cells. The font is DejaVu Sans Mono from Debian's fonts-dejavu-core.

    scripts/ansi_to_png.py capture.ans screenshot.png [--cols 120 --rows 36] [--terminal light]
"""

import argparse
import re
import sys
import unicodedata

try:
    from PIL import Image, ImageDraw, ImageFont
except ImportError:
    sys.exit("ansi_to_png.py needs Pillow: pip install pillow (or apt-get install python3-pil)")

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT_REGULAR = FONT_DIR + "/DejaVuSansMono.ttf"
FONT_BOLD = FONT_DIR + "/DejaVuSansMono-Bold.ttf"
# DejaVu Sans Mono lacks some symbols (braille, some geometric shapes) that DejaVu Sans has.
FONT_FALLBACK = FONT_DIR + "/DejaVuSans.ttf"
MISSING = "\U0010FFFD"

# The terminal the screenshots pretend to be: a neutral dark (or light) background and a
# moderate ANSI palette, so themes that use the terminal's own colours look like a real terminal.
TERMINALS = {
    "dark": {
        "fg": (0xD0, 0xD0, 0xD0),
        "bg": (0x1C, 0x1C, 0x1C),
        "ansi": [
            (0x30, 0x30, 0x30), (0xD7, 0x5F, 0x5F), (0x87, 0xAF, 0x5F), (0xD7, 0xAF, 0x5F),
            (0x5F, 0x87, 0xD7), (0xAF, 0x87, 0xD7), (0x5F, 0xAF, 0xAF), (0xD0, 0xD0, 0xD0),
            (0x6C, 0x6C, 0x6C), (0xFF, 0x87, 0x87), (0xAF, 0xD7, 0x87), (0xFF, 0xD7, 0x87),
            (0x87, 0xAF, 0xFF), (0xD7, 0xAF, 0xFF), (0x87, 0xD7, 0xD7), (0xFF, 0xFF, 0xFF),
        ],
    },
    "light": {
        "fg": (0x26, 0x26, 0x26),
        "bg": (0xFA, 0xFA, 0xF7),
        "ansi": [
            (0x26, 0x26, 0x26), (0xC0, 0x1C, 0x28), (0x26, 0xA2, 0x69), (0xA2, 0x73, 0x04),
            (0x12, 0x48, 0x8B), (0xA3, 0x47, 0xBA), (0x2A, 0xA1, 0xB3), (0xD0, 0xCF, 0xCC),
            (0x5E, 0x5C, 0x64), (0xF6, 0x61, 0x51), (0x33, 0xD1, 0x7A), (0xB8, 0x8A, 0x00),
            (0x2A, 0x7B, 0xDE), (0xC0, 0x61, 0xCB), (0x33, 0xC7, 0xDE), (0xFF, 0xFF, 0xFF),
        ],
    },
}

CSI = re.compile(r"\x1b\[([0-9;:?]*)([@-~])")
OSC = re.compile(r"\x1b\][^\x07\x1b]*(\x07|\x1b\\)")
OTHER_ESCAPE = re.compile(r"\x1b[()][0-9A-Za-z]|\x1b[=>78c]")


def xterm256(index, ansi):
    """The RGB value of an xterm-256 index, with 0-15 from the terminal's own palette."""
    if index < 16:
        return ansi[index]
    if index < 232:
        levels = [0, 95, 135, 175, 215, 255]
        index -= 16
        return (levels[index // 36], levels[index // 6 % 6], levels[index % 6])
    level = 8 + 10 * (index - 232)
    return (level, level, level)


class Pen:
    """The SGR state: colours are None (terminal default), ("ansi", n) or ("rgb", (r, g, b))."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = None
        self.bg = None
        self.bold = False
        self.dim = False
        self.underline = False
        self.reverse = False

    def copy(self):
        other = Pen()
        other.__dict__.update(self.__dict__)
        return other

    def apply(self, params, ansi):
        codes = [int(p) if p.isdigit() else 0 for p in re.split("[;:]", params)] if params else [0]
        i = 0
        while i < len(codes):
            code = codes[i]
            if code == 0:
                self.reset()
            elif code == 1:
                self.bold = True
            elif code == 2:
                self.dim = True
            elif code == 22:
                self.bold = self.dim = False
            elif code == 4:
                self.underline = True
            elif code == 24:
                self.underline = False
            elif code == 7:
                self.reverse = True
            elif code == 27:
                self.reverse = False
            elif 30 <= code <= 37:
                self.fg = ("rgb", ansi[code - 30])
            elif 90 <= code <= 97:
                self.fg = ("rgb", ansi[code - 90 + 8])
            elif code == 39:
                self.fg = None
            elif 40 <= code <= 47:
                self.bg = ("rgb", ansi[code - 40])
            elif 100 <= code <= 107:
                self.bg = ("rgb", ansi[code - 100 + 8])
            elif code == 49:
                self.bg = None
            elif code in (38, 48) and i + 1 < len(codes):
                colour = None
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    colour = ("rgb", xterm256(codes[i + 2] % 256, ansi))
                    i += 2
                elif codes[i + 1] == 2 and i + 4 < len(codes):
                    colour = ("rgb", tuple(c % 256 for c in codes[i + 2:i + 5]))
                    i += 4
                if code == 38:
                    self.fg = colour
                else:
                    self.bg = colour
            i += 1


def cell_width(char):
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def parse(text, ansi):
    """The capture as rows of (char, pen) cells."""
    text = OSC.sub("", text)
    text = OTHER_ESCAPE.sub("", text)
    rows = []
    pen = Pen()
    for line in text.replace("\r\n", "\n").rstrip("\n").split("\n"):
        row = []
        position = 0
        while position < len(line):
            match = CSI.match(line, position)
            if match:
                if match.group(2) == "m":
                    pen.apply(match.group(1), ansi)
                position = match.end()
                continue
            char = line[position]
            position += 1
            if char == "\x1b" or (ord(char) < 32 and char != "\t"):
                continue
            if char == "\t":
                row.extend([(" ", pen.copy())] * (8 - len(row) % 8))
                continue
            width = cell_width(char)
            if width == 0:
                continue
            row.append((char, pen.copy()))
            if width == 2:
                row.append(("", pen.copy()))
        rows.append(row)
    return rows


class Glyphs:
    """Picks the font for a character: the mono font when it has the glyph, else the fallback."""

    def __init__(self, regular, bold, fallback):
        self.regular, self.bold, self.fallback = regular, bold, fallback
        self.cache = {}

    @staticmethod
    def _has(font, char):
        glyph, missing = font.getmask(char), font.getmask(MISSING)
        return glyph.size != missing.size or bytes(glyph) != bytes(missing)

    def font(self, char, bold):
        key = (char, bold)
        if key not in self.cache:
            font = self.bold if bold else self.regular
            if not self._has(font, char) and self._has(self.fallback, char):
                font = self.fallback
            self.cache[key] = font
        return self.cache[key]


def blend(a, b, weight):
    return tuple(round(x * (1 - weight) + y * weight) for x, y in zip(a, b))


def render(rows, cols, lines, terminal, font_size, padding):
    regular = ImageFont.truetype(FONT_REGULAR, font_size)
    bold = ImageFont.truetype(FONT_BOLD, font_size)
    glyphs = Glyphs(regular, bold, ImageFont.truetype(FONT_FALLBACK, font_size))
    ascent, descent = regular.getmetrics()
    cell_w = round(regular.getlength("M"))
    cell_h = ascent + descent
    cols = cols or max((len(r) for r in rows), default=1)
    lines = lines or len(rows)
    default_fg, default_bg = terminal["fg"], terminal["bg"]
    image = Image.new("RGB", (cols * cell_w + 2 * padding, lines * cell_h + 2 * padding), default_bg)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(rows[:lines]):
        for x, (char, pen) in enumerate(row[:cols]):
            fg = pen.fg[1] if pen.fg else default_fg
            bg = pen.bg[1] if pen.bg else default_bg
            if pen.reverse:
                fg, bg = bg, fg
            if pen.dim:
                fg = blend(fg, bg, 0.45)
            left, top = padding + x * cell_w, padding + y * cell_h
            wide = x + 1 < len(row) and row[x + 1][0] == ""
            right = left + cell_w * (2 if wide else 1)
            if bg != default_bg:
                draw.rectangle([left, top, right - 1, top + cell_h - 1], fill=bg)
            if char and char != " ":
                draw.text((left, top), char, font=glyphs.font(char, pen.bold), fill=fg)
            if pen.underline:
                underline_y = top + ascent + max(1, descent // 3)
                draw.line([left, underline_y, right - 1, underline_y], fill=fg, width=max(1, font_size // 14))
    return image


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("capture", help="file with the capture; - for standard input")
    parser.add_argument("output", help="PNG file to write")
    parser.add_argument("--cols", type=int, default=0, help="terminal width (default: widest line)")
    parser.add_argument("--rows", type=int, default=0, help="terminal height (default: number of lines)")
    parser.add_argument("--terminal", choices=sorted(TERMINALS), default="dark", help="the terminal's own colours")
    parser.add_argument("--font-size", type=int, default=15)
    parser.add_argument("--padding", type=int, default=10)
    args = parser.parse_args()
    source = sys.stdin if args.capture == "-" else open(args.capture, encoding="utf-8", errors="replace")
    with source:
        text = source.read()
    terminal = TERMINALS[args.terminal]
    rows = parse(text, terminal["ansi"])
    image = render(rows, args.cols, args.rows, terminal, args.font_size, args.padding)
    image.save(args.output, optimize=True)


if __name__ == "__main__":
    main()

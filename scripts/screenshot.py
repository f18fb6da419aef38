#!/usr/bin/env python3
"""Render a tmux pane captured with colours (`tmux capture-pane -e -p`) to PNG.

Usage: tmux capture-pane -e -p -t PANE | scripts/screenshot.py OUT.png

Only what the terminal showed is drawn: each cell's character, colours
and bold/dim/underline/reverse attributes, in DejaVu Sans Mono on a dark
palette. Requires Pillow.
"""
import re
import sys

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SIZE = 16
BG = (30, 32, 38)
FG = (214, 219, 226)
# The 16 ANSI colours of a common dark theme.
PALETTE = [
    (40, 42, 50), (224, 108, 117), (152, 195, 121), (229, 192, 123),
    (97, 175, 239), (198, 120, 221), (86, 182, 194), (171, 178, 191),
    (110, 116, 130), (240, 128, 137), (172, 215, 141), (239, 208, 143),
    (117, 190, 255), (214, 140, 235), (106, 202, 214), (230, 233, 238),
]
SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def xterm256(n):
    if n < 16:
        return PALETTE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    v = 8 + (n - 232) * 10
    return (v, v, v)


def apply(state, params):
    codes = [int(p) if p else 0 for p in re.split("[;:]", params)] or [0]
    i = 0
    while i < len(codes):
        c = codes[i]
        if c == 0:
            state.update(fg=None, bg=None, bold=False, dim=False, ul=False, rev=False)
        elif c == 1:
            state["bold"] = True
        elif c == 2:
            state["dim"] = True
        elif c == 22:
            state["bold"] = state["dim"] = False
        elif c == 4:
            state["ul"] = True
        elif c == 24:
            state["ul"] = False
        elif c == 7:
            state["rev"] = True
        elif c == 27:
            state["rev"] = False
        elif 30 <= c <= 37:
            state["fg"] = PALETTE[c - 30]
        elif 90 <= c <= 97:
            state["fg"] = PALETTE[c - 90 + 8]
        elif c == 39:
            state["fg"] = None
        elif 40 <= c <= 47:
            state["bg"] = PALETTE[c - 40]
        elif 100 <= c <= 107:
            state["bg"] = PALETTE[c - 100 + 8]
        elif c == 49:
            state["bg"] = None
        elif c in (38, 48) and i + 1 < len(codes):
            key = "fg" if c == 38 else "bg"
            if codes[i + 1] == 5 and i + 2 < len(codes):
                state[key] = xterm256(codes[i + 2])
                i += 2
            elif codes[i + 1] == 2 and i + 4 < len(codes):
                state[key] = tuple(codes[i + 2:i + 5])
                i += 4
        i += 1


# Box-drawing characters are drawn as lines so borders join across rows
# whatever the font's line height: (left, right, up, down) arms.
BOX = {
    "─": (1, 1, 0, 0), "│": (0, 0, 1, 1),
    "╭": (0, 1, 0, 1), "╮": (1, 0, 0, 1), "╰": (0, 1, 1, 0), "╯": (1, 0, 1, 0),
    "┌": (0, 1, 0, 1), "┐": (1, 0, 0, 1), "└": (0, 1, 1, 0), "┘": (1, 0, 1, 0),
}


def box(draw, c, px, py, cw, ch, fg):
    left, right, up, down = BOX[c]
    cx, cy = px + cw // 2, py + ch // 2
    if left:
        draw.line([px, cy, cx, cy], fill=fg)
    if right:
        draw.line([cx, cy, px + cw - 1, cy], fill=fg)
    if up:
        draw.line([cx, py, cx, cy], fill=fg)
    if down:
        draw.line([cx, cy, cx, py + ch - 1], fill=fg)


def main():
    out = sys.argv[1]
    lines = sys.stdin.read().rstrip("\n").split("\n")
    regular = ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", SIZE)
    bold = ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Bold.ttf", SIZE)
    cw = round(regular.getlength("M"))
    ch = SIZE + 5
    cols = 0
    rows = []
    state = dict(fg=None, bg=None, bold=False, dim=False, ul=False, rev=False)
    for line in lines:
        cells = []
        pos = 0
        for m in SGR.finditer(line + "\x1b[m"):
            for c in line[pos:m.start()]:
                cells.append((c, dict(state)))
            apply(state, m.group(1))
            pos = m.end()
        rows.append(cells)
        cols = max(cols, len(cells))
    pad = 14
    img = Image.new("RGB", (cols * cw + 2 * pad, len(rows) * ch + 2 * pad), BG)
    draw = ImageDraw.Draw(img)
    for y, cells in enumerate(rows):
        for x, (c, s) in enumerate(cells):
            fg, bg = s["fg"] or FG, s["bg"] or BG
            if s["rev"]:
                fg, bg = bg, fg
            if s["dim"]:
                fg = tuple((a + b) // 2 for a, b in zip(fg, bg))
            px, py = pad + x * cw, pad + y * ch
            if bg != BG:
                draw.rectangle([px, py, px + cw - 1, py + ch - 1], fill=bg)
            if c in BOX:
                box(draw, c, px, py, cw, ch, fg)
            elif c != " ":
                draw.text((px, py + 2), c, font=bold if s["bold"] else regular, fill=fg)
            if s["ul"]:
                draw.line([px, py + ch - 3, px + cw - 1, py + ch - 3], fill=fg)
    img.save(out)


if __name__ == "__main__":
    main()

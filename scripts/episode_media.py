#!/usr/bin/env python3
"""Turn timed terminal captures into an asciinema cast and an animated GIF.

Each capture is a file NNNN-SECONDS.ans written by `tmux capture-pane -e -p` (scripts/record-episode.sh
makes them). The cast (asciinema format version 2) repaints the whole screen at each capture's
time, so `asciinema play` shows it at the speed it happened; the GIF renders each capture with
scripts/ansi_to_png.py's renderer (Pillow, DejaVu Sans Mono) and shows it for its real duration.

    scripts/episode_media.py FRAMES_DIR --cols 100 --rows 30 --cast out.cast --gif out.gif
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ansi_to_png  # noqa: E402


def frames(directory):
    """(seconds, text) for every capture, in time order."""
    found = []
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".ans"):
            continue
        seconds = float(name[:-4].split("-", 1)[1])
        with open(os.path.join(directory, name), encoding="utf-8", errors="replace") as source:
            found.append((seconds, source.read()))
    return found


def write_cast(captures, cols, rows, title, path):
    start = captures[0][0]
    with open(path, "w", encoding="utf-8") as cast:
        header = {"version": 2, "width": cols, "height": rows, "title": title, "env": {"TERM": "xterm-256color"}}
        cast.write(json.dumps(header) + "\n")
        for seconds, text in captures:
            screen = "\x1b[H\x1b[2J" + text.rstrip("\n").replace("\n", "\x1b[0m\r\n")
            cast.write(json.dumps([round(seconds - start, 3), "o", screen], ensure_ascii=False) + "\n")


def write_gif(captures, cols, rows, font_size, path):
    terminal = ansi_to_png.TERMINALS["dark"]
    images = [
        ansi_to_png.render(ansi_to_png.parse(text, terminal["ansi"]), cols, rows, terminal, font_size, 6)
        for _, text in captures
    ]
    durations = [max(100, round((later[0] - now[0]) * 1000)) for now, later in zip(captures, captures[1:])] + [3000]
    palette = [image.convert("P", palette=1, colors=64) for image in images]
    palette[0].save(path, save_all=True, append_images=palette[1:], duration=durations, loop=0, optimize=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("frames", help="directory of NNNN-SECONDS.ans captures")
    parser.add_argument("--cols", type=int, required=True)
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--cast", help="asciinema cast to write")
    parser.add_argument("--gif", help="animated GIF to write")
    parser.add_argument("--title", default="margintop --demo: the risk episode")
    parser.add_argument("--font-size", type=int, default=12)
    args = parser.parse_args()
    captures = frames(args.frames)
    if not captures:
        sys.exit("episode_media.py: no captures in " + args.frames)
    if args.cast:
        write_cast(captures, args.cols, args.rows, args.title, args.cast)
    if args.gif:
        write_gif(captures, args.cols, args.rows, args.font_size, args.gif)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Draws BuurtBot's Teams icons (a house with a speech dot) with only the standard library.

color.png: 192x192, full colour. outline.png: 32x32, white on transparent, as Teams requires.
Run again after changing the drawing: python3 deploy/teams/make-icons.py
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def house(u, v):
    """True inside the house shape, in unit coordinates (0..1)."""
    roof = v >= 0.22 and v <= 0.50 and abs(u - 0.5) <= (v - 0.22) / 0.28 * 0.34
    body = 0.26 <= u <= 0.74 and 0.48 <= v <= 0.80
    door = 0.44 <= u <= 0.56 and 0.62 <= v <= 0.80
    return (roof or body) and not door


def dot(u, v):
    return (u - 0.76) ** 2 + (v - 0.26) ** 2 <= 0.10 ** 2


def color(x, y, size):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    if dot(u, v):
        return (255, 196, 0, 255)  # the speech dot: warm yellow
    if house(u, v):
        return (255, 255, 255, 255)
    return (0, 120, 90, 255)  # municipal green


def outline(x, y, size):
    u, v = (x + 0.5) / size, (y + 0.5) / size
    return (255, 255, 255, 255) if house(u, v) or dot(u, v) else (0, 0, 0, 0)


png(os.path.join(HERE, "color.png"), 192, color)
png(os.path.join(HERE, "outline.png"), 32, outline)

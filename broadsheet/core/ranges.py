"""HTTP byte ranges (RFC 9110 §14) for audio and video delivery."""

import re

MAX_RANGES = 16
# Positions longer than this are past the end of any file we hold (10**18 bytes); they are
# never handed to int(), which refuses strings over 4300 digits.
MAX_DIGITS = 18
_SPEC = re.compile(r"^[ \t]*([0-9]*)[ \t]*-[ \t]*([0-9]*)[ \t]*$")


class UnsatisfiableRange(Exception):
    """The Range header is malformed or asks for bytes the file does not have."""


def _position(digits):
    """A byte position, or None for one too long to be inside any file."""
    digits = digits.lstrip("0") or "0"
    return None if len(digits) > MAX_DIGITS else int(digits)


def parse_range(header, size):
    """The (first, last) byte positions, inclusive, to send for a Range header.

    Several ranges are coalesced into the one span that covers them (RFC 9110 lets a
    server do so); anything malformed, or wholly beyond the end, raises UnsatisfiableRange.
    """
    unit, sep, specs = header.partition("=")
    if not sep or unit.strip().lower() != "bytes" or not specs.strip():
        raise UnsatisfiableRange(header)
    parts = specs.split(",")
    if len(parts) > MAX_RANGES:
        raise UnsatisfiableRange(header)
    spans = []
    for part in parts:
        match = _SPEC.match(part)
        if match is None:
            raise UnsatisfiableRange(header)
        first, last = match.groups()
        if first == "" and last == "":
            raise UnsatisfiableRange(header)
        if first == "":  # suffix: the last N bytes
            length = _position(last)
            if length == 0:
                continue
            spans.append((0 if length is None else max(size - length, 0), size - 1))
            continue
        first = _position(first)
        last = _position(last) if last != "" else None
        if first is None:  # starts past the end of any file
            if last is not None:  # ...and ends before it starts
                raise UnsatisfiableRange(header)
            continue
        if last is None:
            last = size - 1
        elif last < first:
            raise UnsatisfiableRange(header)
        if first >= size:
            continue
        spans.append((first, min(last, size - 1)))
    if not spans or size == 0:
        raise UnsatisfiableRange(header)
    return min(s[0] for s in spans), max(s[1] for s in spans)

"""HTTP byte ranges (RFC 9110 §14) for audio delivery."""

import re

MAX_RANGES = 16
_SPEC = re.compile(r"^[ \t]*([0-9]*)[ \t]*-[ \t]*([0-9]*)[ \t]*$")


class UnsatisfiableRange(Exception):
    """The Range header is malformed or asks for bytes the file does not have."""


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
            length = int(last)
            if length == 0:
                continue
            spans.append((max(size - length, 0), size - 1))
            continue
        first = int(first)
        last = int(last) if last != "" else size - 1
        if last < first:
            raise UnsatisfiableRange(header)
        if first >= size:
            continue
        spans.append((first, min(last, size - 1)))
    if not spans or size == 0:
        raise UnsatisfiableRange(header)
    return min(s[0] for s in spans), max(s[1] for s in spans)

"""Captions: SRT or WebVTT in, clean WebVTT out.

Only the timing and the plain text of each cue are kept: tags (``<b>``, ``<script>``…),
styles, regions and notes are dropped and ``&``/``<``/``>`` escaped, so a caption file can
never carry markup into a reader's page. Timing that cannot be played (an end before its
start, cues out of order, an unreadable time) is refused with the cue's line number.
"""

import html
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_CAPTION_BYTES = 1024 * 1024
_TIME = re.compile(r"^(?:(\d{1,3}):)?([0-5]\d):([0-5]\d)[,.](\d{3})$")
_TIMING = re.compile(r"^\s*(\S+)\s+-->\s+(\S+)(?:\s+.*)?$")
# Whole elements whose content is code, not speech, then any remaining tag.
_CODE = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>?")


def _seconds(text):
    match = _TIME.match(text)
    if match is None:
        return None
    hours, minutes, seconds, millis = match.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def _stamp(seconds):
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def clean_text(text):
    """A cue's words without markup, escaped for WebVTT."""
    text = _CODE.sub("", text)
    text = _TAG.sub("", text)
    text = html.unescape(text).replace("-->", "→")
    return html.escape(text.strip(), quote=False)


def to_webvtt(data):
    """Clean WebVTT text from the bytes of an SRT or WebVTT file, or ValidationError."""
    if len(data) > MAX_CAPTION_BYTES:
        raise ValidationError(_("Caption files may be at most 1 MB."), code="too_large")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            _("This caption file is not UTF-8 text. Save it as UTF-8 SRT or WebVTT."),
            code="not_text",
        ) from None
    if "\x00" in text:
        raise ValidationError(_("This is not a caption file."), code="not_text")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    is_vtt = lines[0].startswith("WEBVTT")
    cues, block, start_line = [], [], 0
    for number, line in enumerate([*lines, ""], start=1):
        if line.strip():
            if not block:
                start_line = number
            block.append(line)
            continue
        if block:
            cue = _cue(block, start_line, is_vtt)
            if cue is not None:
                cues.append(cue)
            block = []
    if not cues:
        raise ValidationError(
            _("No captions were found in this file. Upload SRT or WebVTT captions."),
            code="no_cues",
        )
    previous = 0.0
    for start, end, _text, line in cues:
        if end <= start:
            raise ValidationError(
                _("The caption at line %(line)s ends before it starts.") % {"line": line},
                code="bad_timing",
            )
        if start < previous:
            raise ValidationError(
                _("The caption at line %(line)s starts before the one above it.") % {"line": line},
                code="bad_timing",
            )
        previous = start
    body = "\n".join(
        f"{_stamp(start)} --> {_stamp(end)}\n{words}\n" for start, end, words, _l in cues if words
    )
    return "WEBVTT\n\n" + body


def _cue(block, line, is_vtt):
    """(start, end, text, line) of one block, None for a block that is not a cue."""
    first = block[0].strip()
    if is_vtt and (first.startswith(("WEBVTT", "NOTE", "STYLE", "REGION"))):
        return None
    timing_at = next((i for i, text in enumerate(block[:2]) if "-->" in text), None)
    if timing_at is None:
        raise ValidationError(
            _("The caption at line %(line)s has no timing (00:00:01,000 --> 00:00:02,000).")
            % {"line": line},
            code="bad_timing",
        )
    match = _TIMING.match(block[timing_at])
    start = _seconds(match.group(1)) if match else None
    end = _seconds(match.group(2)) if match else None
    if start is None or end is None:
        raise ValidationError(
            _("The caption timing at line %(line)s cannot be read: “%(timing)s”.")
            % {"line": line + timing_at, "timing": block[timing_at].strip()[:60]},
            code="bad_timing",
        )
    words = "\n".join(
        cleaned for cleaned in (clean_text(text) for text in block[timing_at + 1 :]) if cleaned
    )
    return start, end, words, line + timing_at

"""Episode transcripts: plain text or WebVTT (the caption format podcast apps read)."""

import re
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .audio import format_duration


class TranscriptFormat(models.TextChoices):
    TEXT = "text/plain", _("Plain text")
    WEBVTT = "text/vtt", _("WebVTT")

    @property
    def content_type(self):
        return f"{self.value}; charset=utf-8"


@dataclass(frozen=True)
class Cue:
    start: float  # seconds
    text: str

    @property
    def start_display(self):
        return format_duration(self.start)


TIMING = re.compile(
    r"^(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})\s+-->\s+(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})"
)


def _seconds(hours, minutes, seconds, millis):
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def parse_webvtt(text):
    """The cues of a WebVTT document; ValueError with a readable message if it is not one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    blocks = [block for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    if not blocks or not re.match(r"^WEBVTT(?:[ \t].*)?$", blocks[0].split("\n", 1)[0]):
        raise ValueError(gettext("A WebVTT transcript must start with the line “WEBVTT”."))
    cues = []
    for block in blocks[1:]:
        lines = block.split("\n")
        if lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        if "-->" not in lines[0]:
            identifier, lines = lines[0], lines[1:]  # an optional cue identifier
            if not lines or "-->" not in lines[0]:
                raise ValueError(
                    gettext("This WebVTT cue has no timing line: “%(cue)s”.")
                    % {"cue": identifier[:60]}
                )
        match = TIMING.match(lines[0].strip())
        if match is None:
            raise ValueError(
                gettext("This WebVTT timing is malformed: “%(timing)s”.")
                % {"timing": lines[0][:60]}
            )
        start = _seconds(*match.groups()[:4])
        end = _seconds(*match.groups()[4:])
        if end < start:
            raise ValueError(
                gettext("This WebVTT cue ends before it starts: “%(timing)s”.")
                % {"timing": lines[0][:60]}
            )
        body = " ".join(line.strip() for line in lines[1:] if line.strip())
        body = re.sub(r"<v(?:\.[^\s>]*)?\s+([^>]+)>", r"\1: ", body)  # <v Speaker> -> "Speaker: "
        cues.append(Cue(start=start, text=re.sub(r"<[^>]+>", "", body)))
    if not cues:
        raise ValueError(gettext("This WebVTT transcript has no cues."))
    return cues

"""Audio for the demo podcasts: the recordings and WebVTT captions committed in
``demo/podcasts/audio/`` (short, mono, low-bitrate MP3s of our own scripts read by a speech
synthesizer), checked before the demo uses them."""

from django.core.files.base import ContentFile

from broadsheet.podcasts.audio import inspect_audio
from broadsheet.podcasts.transcripts import parse_webvtt


def recording(path):
    """The MP3 bytes at ``path``; ValidationError if podcast apps could not play them."""
    data = path.read_bytes()
    inspect_audio(ContentFile(data, name=path.name))
    return data


def captions(path, script):
    """The WebVTT text at ``path``; ValueError unless it has one cue per line of the script,
    in order, each ending with that line."""
    text = path.read_text(encoding="utf-8")
    cues = parse_webvtt(text)
    if len(cues) != len(script):
        raise ValueError(f"{len(cues)} cues for the {len(script)} lines of the script")
    for number, (cue, line) in enumerate(zip(cues, script, strict=True), 1):
        if not cue.text.endswith(line):
            raise ValueError(f"cue {number} does not read line {number} of the script: {line!r}")
    return text

"""Read what a podcast needs to know about an audio file from the file itself, with mutagen.

The duration, byte size and MIME type that feeds and the player announce are never typed
by an editor: they come from here, and a file mutagen cannot read as audio is refused.
"""

import logging
import os
from dataclasses import dataclass

import mutagen
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from mutagen.aiff import AIFF
from mutagen.flac import FLAC
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis
from mutagen.wave import WAVE

logger = logging.getLogger("broadsheet.podcasts")

DEFAULT_MAX_AUDIO_SIZE = 300 * 1024 * 1024

# mutagen type -> (MIME type announced in feeds, file extensions it may carry).
# These are the formats podcast apps play; WAV and FLAC are too large to send to listeners.
FORMATS = {
    MP3: ("audio/mpeg", (".mp3",), "MP3"),
    MP4: ("audio/x-m4a", (".m4a", ".mp4", ".aac"), "M4A"),
    OggVorbis: ("audio/ogg", (".ogg", ".oga"), "Ogg Vorbis"),
    OggOpus: ("audio/ogg", (".opus", ".ogg", ".oga"), "Ogg Opus"),
}
OTHER_FORMATS = {WAVE: "WAV", FLAC: "FLAC", AIFF: "AIFF"}
ACCEPTED_EXTENSIONS = sorted({ext.lstrip(".") for _m, exts, _n in FORMATS.values() for ext in exts})


@dataclass(frozen=True)
class AudioInfo:
    duration: int  # whole seconds, rounded
    size: int  # bytes
    mime_type: str
    extension: str  # the file's own, e.g. ".mp3"


def max_audio_size():
    return getattr(settings, "PODCASTS_MAX_AUDIO_SIZE", DEFAULT_MAX_AUDIO_SIZE)


def inspect_audio(file):
    """Return the AudioInfo of an uploaded or stored file, or raise ValidationError saying
    what is wrong with it (too large, not audio, corrupt, or not what its name claims)."""
    name = os.path.basename(getattr(file, "name", "") or "")
    extension = os.path.splitext(name)[1].lower()
    size = file.size
    limit = max_audio_size()
    if size > limit:
        raise ValidationError(
            _("This file is %(size)s; audio files may be at most %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )
    if size == 0:
        raise ValidationError(_("This file is empty."), code="empty")
    kind = _sniff(file)
    if kind is None:
        other = _sniff(file, OTHER_FORMATS)
        if other is not None:
            raise ValidationError(
                _("This is %(format)s audio, which podcast apps do not play. Upload %(formats)s.")
                % {"format": OTHER_FORMATS[other], "formats": _format_names()},
                code="unsupported_audio",
            )
        raise ValidationError(
            _("This is not an audio file. Upload %(formats)s audio.")
            % {"formats": _format_names()},
            code="not_audio",
        )
    try:
        file.seek(0)
        audio = kind(file)
    except (mutagen.MutagenError, ValueError, EOFError, OSError, IndexError) as exc:
        logger.info("Refused audio %r: %s", name, exc)
        raise ValidationError(
            _("This audio file is damaged or incomplete and cannot be played (%(reason)s).")
            % {"reason": exc},
            code="corrupt",
        ) from None
    finally:
        file.seek(0)
    mime_type, extensions, format_name = FORMATS[type(audio)]
    if extension not in extensions:
        raise ValidationError(
            _("This file is %(format)s audio but its name ends in “%(extension)s”.")
            % {"format": format_name, "extension": extension or _("no extension")},
            code="wrong_extension",
        )
    length = getattr(audio.info, "length", 0) or 0
    if length < 0.5:
        raise ValidationError(_("This audio file has no playable sound in it."), code="no_duration")
    return AudioInfo(duration=round(length), size=size, mime_type=mime_type, extension=extension)


def _format_names():
    return ", ".join(name for _m, _e, name in FORMATS.values())


def _sniff(file, kinds=FORMATS):
    """The mutagen type the file's first bytes announce, whatever its name says."""
    file.seek(0)
    header = file.read(128)
    file.seek(0)
    scores = [(kind.score("", file, header), kind) for kind in kinds]
    file.seek(0)
    score, kind = max(scores, key=lambda pair: pair[0])
    return kind if score > 0 else None


def validate_audio_file(value):
    """Model field validator: a newly uploaded file must be readable podcast audio.

    Files already in storage were checked when they were uploaded.
    """
    if not value or getattr(value, "_committed", False):
        return
    inspect_audio(value)


def format_duration(seconds):
    """28:50, or 1:02:05 past the hour: how players and the rail print a duration."""
    seconds = int(seconds or 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"

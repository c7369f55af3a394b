import io
import wave

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from broadsheet.podcasts.audio import format_duration, inspect_audio, validate_audio_file

from ..factories import image_bytes, mp3_bytes


def wav_bytes(seconds=1.0, rate=8000):
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(b"\x00\x10" * int(rate * seconds))
    return buffer.getvalue()


def corrupt_mp3():
    """A real MP3 whose every byte after the first frame header is zeroed."""
    data = bytearray(mp3_bytes(3.0))
    data[4:] = bytes(len(data) - 4)
    return bytes(data)


def test_reads_duration_size_and_type_from_an_mp3():
    data = mp3_bytes(5.0)
    info = inspect_audio(ContentFile(data, name="episode.mp3"))
    assert info.duration == 5
    assert info.size == len(data)
    assert info.mime_type == "audio/mpeg"
    assert info.extension == ".mp3"


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("notes.mp3", b"These are my show notes, not audio at all. " * 50, "not_audio"),
        ("cover.mp3", image_bytes(200, 200), "not_audio"),
        ("interview.mp3", wav_bytes(), "unsupported_audio"),
        ("broken.mp3", corrupt_mp3(), "corrupt"),
        ("episode.ogg", mp3_bytes(2.0), "wrong_extension"),
        ("episode", mp3_bytes(2.0), "wrong_extension"),
        ("empty.mp3", b"", "empty"),
    ],
    ids=[
        "text renamed to mp3",
        "jpeg renamed to mp3",
        "wav renamed to mp3",
        "corrupt mp3",
        "mp3 named ogg",
        "no extension",
        "empty file",
    ],
)
def test_refuses_files_that_are_not_podcast_audio(name, data, code):
    with pytest.raises(ValidationError) as error:
        inspect_audio(ContentFile(data, name=name))
    assert error.value.code == code
    assert error.value.messages[0].endswith(".") or ")" in error.value.messages[0]


def test_refuses_a_file_over_the_size_limit(settings):
    data = mp3_bytes(3.0)
    settings.PODCASTS_MAX_AUDIO_SIZE = len(data) - 1
    with pytest.raises(ValidationError) as error:
        inspect_audio(ContentFile(data, name="long.mp3"))
    assert error.value.code == "file_too_large"
    assert "audio files may be at most" in error.value.messages[0]


def test_validator_checks_new_uploads_only():
    class Stored(ContentFile):
        _committed = True

    validate_audio_file(Stored(b"not audio", name="old.mp3"))  # already in storage: trusted
    with pytest.raises(ValidationError):
        validate_audio_file(ContentFile(b"not audio", name="new.mp3"))


@pytest.mark.parametrize(
    "seconds, text",
    [(0, "0:00"), (59, "0:59"), (1730, "28:50"), (3725, "1:02:05"), (None, "0:00")],
)
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text

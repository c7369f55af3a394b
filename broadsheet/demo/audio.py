"""Audio for the demo podcasts, made locally: espeak-ng speaks the text, lameenc encodes MP3.

Each sentence is spoken separately so the WebVTT transcript carries the real start time of
every line.
"""

import array
import io
import shutil
import subprocess
import wave
from dataclasses import dataclass

import lameenc

SAMPLE_RATE = 22050
PAUSE_SECONDS = 0.45
BITRATE_KBPS = 48


class SpeechUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class Spoken:
    mp3: bytes
    duration: float
    cues: list  # (start, end, text) in seconds


def _espeak():
    path = shutil.which("espeak-ng")
    if path is None:
        raise SpeechUnavailable(
            "espeak-ng is needed to build the demo podcasts; `make install` installs it "
            "(apt-get install espeak-ng)."
        )
    return path


def _speak(sentence, voice, speed):
    result = subprocess.run(  # noqa: S603 - fixed executable, text passed as one argument
        [_espeak(), "-v", voice, "-s", str(speed), "--stdout", sentence],
        check=True,
        capture_output=True,
        timeout=60,
    )
    with wave.open(io.BytesIO(result.stdout)) as wav:
        if wav.getframerate() != SAMPLE_RATE or wav.getsampwidth() != 2 or wav.getnchannels() != 1:
            raise SpeechUnavailable("espeak-ng produced audio in an unexpected format.")
        return wav.readframes(wav.getnframes())


def speak(sentences, voice="en", speed=160):
    """MP3 bytes of the sentences read one after another, with the cue times of each."""
    silence = array.array("h", [0] * int(SAMPLE_RATE * PAUSE_SECONDS)).tobytes()
    pcm = bytearray(silence)
    cues = []
    for sentence in sentences:
        start = len(pcm) / 2 / SAMPLE_RATE
        pcm += _speak(sentence, voice, speed)
        cues.append((start, len(pcm) / 2 / SAMPLE_RATE, sentence))
        pcm += silence
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BITRATE_KBPS)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(5)
    mp3 = bytes(encoder.encode(bytes(pcm)) + encoder.flush())
    return Spoken(mp3=mp3, duration=len(pcm) / 2 / SAMPLE_RATE, cues=cues)


def webvtt(cues, speaker=None):
    """A WebVTT document for (start, end, text) cues."""

    def stamp(seconds):
        millis = round(seconds * 1000)
        hours, millis = divmod(millis, 3_600_000)
        minutes, millis = divmod(millis, 60_000)
        secs, millis = divmod(millis, 1000)
        return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"

    blocks = ["WEBVTT"]
    for number, (start, end, text) in enumerate(cues, 1):
        voice = f"<v {speaker}>" if speaker else ""
        blocks.append(f"{number}\n{stamp(start)} --> {stamp(end)}\n{voice}{text}")
    return "\n\n".join(blocks) + "\n"

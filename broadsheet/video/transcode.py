"""Turn a source video into what readers get: an HLS ladder of fMP4 renditions (H.264/AAC),
an MP4 fallback and a poster frame, written into a local directory.

Each rung is encoded by its own ffmpeg run with keyframes every two seconds, so every rung
cuts its segments at the same instants and players can switch between them. The master
playlist is written here, not by ffmpeg, so that each variant's BANDWIDTH is the peak
bitrate of its real segments (and AVERAGE-BANDWIDTH their mean), as HLS requires.
"""

import logging
import math
import os
import re
import subprocess
from dataclasses import dataclass, field

from django.conf import settings

logger = logging.getLogger("broadsheet.video")

SEGMENT_SECONDS = 4
KEYFRAME_SECONDS = 2
# (height, video kbit/s) of each rung: only those no taller than the source are made.
LADDER = ((360, 800), (540, 1600), (720, 2800), (1080, 5000))
AUDIO_KBPS = 128
MP4_NAME = "video.mp4"
POSTER_NAME = "poster.jpg"
MASTER_NAME = "master.m3u8"


class TranscodeError(Exception):
    """ffmpeg refused the source: trying again will not help. The message is for editors."""


@dataclass
class Rung:
    height: int
    width: int
    video_kbps: int
    name: str = ""
    bandwidth: int = 0
    average_bandwidth: int = 0
    segments: list = field(default_factory=list)


def ladder_for(width, height):
    """The rungs a source of this size gets: every standard one no taller than it, or one at
    its own (even) size when it is smaller than the lowest."""
    rungs = [(h, kbps) for h, kbps in LADDER if h <= height]
    if not rungs:
        rungs = [(height - height % 2, LADDER[0][1])]
    result = []
    for rung_height, kbps in rungs:
        rung_width = round(width * rung_height / height / 2) * 2
        result.append(
            Rung(height=rung_height, width=rung_width, video_kbps=kbps, name=f"{rung_height}p")
        )
    return result


def _run(arguments, *, duration, on_progress, timeout):
    """Run ffmpeg, reporting the fraction of ``duration`` done; TranscodeError on failure."""
    command = [
        settings.VIDEO_FFMPEG_BINARY,
        "-hide_banner",
        "-nostdin",
        "-v",
        "error",
        "-progress",
        "pipe:1",
        "-nostats",
        *arguments,
    ]
    process = subprocess.Popen(  # noqa: S603 (fixed arguments; paths are ours)
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        for line in process.stdout:
            key, _sep, value = line.partition("=")
            if key == "out_time_us" and value.strip().isdigit() and duration:
                on_progress(min(int(value) / 1_000_000 / duration, 1.0))
        _out, errors = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise TimeoutError(f"ffmpeg took longer than {timeout} s") from None
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    if process.returncode != 0:
        message = (errors or "").strip().splitlines()
        raise TranscodeError(
            message[-1][:300] if message else f"ffmpeg exited {process.returncode}"
        )


def _encoder_args(rung, has_audio, keyframes=True):
    args = [
        "-vf",
        f"scale={rung.width}:{rung.height}:flags=bicubic,format=yuv420p",
        "-c:v",
        "libx264",
        "-profile:v",
        "main",
        "-level:v",
        level(rung.height),
        "-preset",
        settings.VIDEO_X264_PRESET,
        "-b:v",
        f"{rung.video_kbps}k",
        "-maxrate",
        f"{round(rung.video_kbps * 1.1)}k",
        "-bufsize",
        f"{rung.video_kbps * 2}k",
    ]
    if keyframes:
        args += [
            "-force_key_frames",
            f"expr:gte(t,n_forced*{KEYFRAME_SECONDS})",
            "-sc_threshold",
            "0",
        ]
    if has_audio:
        args += ["-c:a", "aac", "-b:a", f"{AUDIO_KBPS}k", "-ac", "2", "-ar", "48000"]
    else:
        args += ["-an"]
    return args


def transcode(
    source, out_dir, *, duration, width, height, has_audio, poster_time=1.0, on_progress=None
):
    """Write the ladder, master playlist, MP4 and poster for ``source`` into ``out_dir``.

    Returns the rungs (with measured bandwidths). ``on_progress(fraction)`` is called as it goes.
    """
    on_progress = on_progress or (lambda fraction: None)
    rungs = ladder_for(width, height)
    steps = len(rungs) + 1
    timeout = max(600, int(duration * 30))
    for index, rung in enumerate(rungs):
        rung_dir = os.path.join(out_dir, rung.name)
        os.makedirs(rung_dir, exist_ok=True)
        _run(
            [
                "-i",
                source,
                "-map",
                "0:v:0",
                *(["-map", "0:a:0"] if has_audio else []),
                *_encoder_args(rung, has_audio),
                "-f",
                "hls",
                "-hls_time",
                str(SEGMENT_SECONDS),
                "-hls_playlist_type",
                "vod",
                "-hls_segment_type",
                "fmp4",
                "-hls_fmp4_init_filename",
                "init.mp4",
                "-hls_segment_filename",
                os.path.join(rung_dir, "seg_%04d.m4s"),
                os.path.join(rung_dir, "index.m3u8"),
            ],
            duration=duration,
            on_progress=lambda f, i=index: on_progress((i + f) / steps),
            timeout=timeout,
        )
        measure(rung, rung_dir)
    fallback = rungs[min(1, len(rungs) - 1)]  # 540p, or the only rung
    _run(
        [
            "-i",
            source,
            "-map",
            "0:v:0",
            *(["-map", "0:a:0"] if has_audio else []),
            *_encoder_args(fallback, has_audio, keyframes=False),
            "-movflags",
            "+faststart",
            os.path.join(out_dir, MP4_NAME),
        ],
        duration=duration,
        on_progress=lambda f: on_progress((len(rungs) + f) / steps),
        timeout=timeout,
    )
    poster_at = min(max(poster_time, 0), max(duration - 0.1, 0))
    top = rungs[-1]
    _run(
        [
            "-ss",
            f"{poster_at:.3f}",
            "-i",
            source,
            "-frames:v",
            "1",
            "-vf",
            f"scale={top.width}:{top.height}",
            "-q:v",
            "3",
            os.path.join(out_dir, POSTER_NAME),
        ],
        duration=0,
        on_progress=on_progress,
        timeout=120,
    )
    write_master(out_dir, rungs, has_audio)
    on_progress(1.0)
    return rungs


_EXTINF = re.compile(r"^#EXTINF:([0-9.]+)")


def measure(rung, rung_dir):
    """Set the rung's peak and average bandwidth (bits/s) from its segment files."""
    durations, names = [], []
    with open(os.path.join(rung_dir, "index.m3u8"), encoding="utf-8") as playlist:
        pending = None
        for line in playlist:
            line = line.strip()
            match = _EXTINF.match(line)
            if match:
                pending = float(match.group(1))
            elif line and not line.startswith("#") and pending is not None:
                durations.append(pending)
                names.append(line)
                pending = None
    sizes = [os.path.getsize(os.path.join(rung_dir, name)) for name in names]
    rung.segments = names
    rung.bandwidth = max(
        math.ceil(size * 8 / seconds)
        for size, seconds in zip(sizes, durations, strict=True)
        if seconds
    )
    total = sum(durations)
    rung.average_bandwidth = math.ceil(sum(sizes) * 8 / total) if total else rung.bandwidth


def level(height):
    """The H.264 level of a rung: 3.1 up to 720p, 4.0 above."""
    return "3.1" if height <= 720 else "4.0"


def write_master(out_dir, rungs, has_audio):
    lines = ["#EXTM3U", "#EXT-X-VERSION:7", "#EXT-X-INDEPENDENT-SEGMENTS"]
    for rung in rungs:
        level_hex = "1f" if level(rung.height) == "3.1" else "28"
        codecs = f"avc1.4d40{level_hex}" + (",mp4a.40.2" if has_audio else "")
        lines.append(
            f"#EXT-X-STREAM-INF:BANDWIDTH={rung.bandwidth},AVERAGE-BANDWIDTH={rung.average_bandwidth},"
            f'RESOLUTION={rung.width}x{rung.height},CODECS="{codecs}"'
        )
        lines.append(f"{rung.name}/index.m3u8")
    with open(os.path.join(out_dir, MASTER_NAME), "w", encoding="utf-8") as master:
        master.write("\n".join(lines) + "\n")

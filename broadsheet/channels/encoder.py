"""An ffmpeg command writing a live HLS stream from a test pattern and a tone into a pushed
stream's directory: the demo channel's feed, and the live tests' source."""

from django.conf import settings

from .streams import PLAYLIST

DEMO_STREAM = "demo"


def pattern_stream_command(directory, *, size="320x180", rate=10, segment_seconds=2, binary=None):
    """ffmpeg, in real time (``-re``), cheap on the CPU: small frames, few of them, x264's
    fastest preset, a keyframe at every segment boundary."""
    return [
        binary or settings.VIDEO_FFMPEG_BINARY,
        "-hide_banner",
        "-loglevel",
        "error",
        "-nostdin",
        "-re",
        "-f",
        "lavfi",
        "-i",
        f"testsrc2=size={size}:rate={rate}",
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=440:sample_rate=44100",
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        "-tune",
        "zerolatency",
        "-pix_fmt",
        "yuv420p",
        "-g",
        str(rate * segment_seconds),
        "-keyint_min",
        str(rate * segment_seconds),
        "-sc_threshold",
        "0",
        "-b:v",
        "300k",
        "-c:a",
        "aac",
        "-b:a",
        "64k",
        "-f",
        "hls",
        "-hls_time",
        str(segment_seconds),
        "-hls_list_size",
        "6",
        "-hls_flags",
        "delete_segments+temp_file+independent_segments",
        # Segment names never repeat across restarts (they are cached for long).
        "-hls_start_number_source",
        "epoch",
        "-hls_segment_filename",
        str(directory / "seg_%d.ts"),
        str(directory / PLAYLIST),
    ]

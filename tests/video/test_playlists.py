"""mediastreamvalidator-style checks of a real two-rung transcode: the master and media
playlists' tags, target durations, bandwidths measured against the segments themselves,
codecs and resolutions as ffprobe reads them, and segments aligned across rungs."""

import json
import math
import re
import subprocess

import pytest
from django.conf import settings

from broadsheet.video.transcode import MASTER_NAME, transcode

from .conftest import make_clip

SECONDS = 9
# Every tag a VOD fMP4 ladder may carry (RFC 8216).
MASTER_TAGS = {"#EXTM3U", "#EXT-X-VERSION", "#EXT-X-INDEPENDENT-SEGMENTS", "#EXT-X-STREAM-INF"}
MEDIA_TAGS = {
    "#EXTM3U",
    "#EXT-X-VERSION",
    "#EXT-X-TARGETDURATION",
    "#EXT-X-MEDIA-SEQUENCE",
    "#EXT-X-PLAYLIST-TYPE",
    "#EXT-X-INDEPENDENT-SEGMENTS",
    "#EXT-X-MAP",
    "#EXTINF",
    "#EXT-X-ENDLIST",
}
_ATTRIBUTE = re.compile(r'([A-Z0-9-]+)=("[^"]*"|[^,]*)')


def attributes(text):
    """An attribute list (``BANDWIDTH=1,CODECS="a,b"``) as a dict, quotes removed."""
    return {key: value.strip('"') for key, value in _ATTRIBUTE.findall(text)}


def parse(path, allowed):
    """(tags, entries): each tag line as (name, value), and each URI line with the tag
    before it. Fails on a line that is neither a known tag, a comment nor a URI."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#EXTM3U", f"{path.name} must start with #EXTM3U"
    tags, entries, previous = [], [], None
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("#EXT"):
            name, _sep, value = line.partition(":")
            assert name in allowed, f"{path.name}: unexpected tag {name}"
            tags.append((name, value))
            previous = (name, value)
        elif line.startswith("#"):
            continue
        else:
            assert previous is not None, f"{path.name}: URI {line} without a tag"
            entries.append((previous, line))
            previous = None
    return tags, entries


def ffprobe(path, *entries):
    result = subprocess.run(
        [settings.VIDEO_FFPROBE_BINARY, "-v", "error", *entries, "-of", "json", str(path)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def ladder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ladder")
    source = folder / "source.mp4"
    make_clip(source, size="960x540", seconds=SECONDS)
    out = folder / "out"
    out.mkdir()
    rungs = transcode(
        str(source), str(out), duration=SECONDS, width=960, height=540, has_audio=True
    )
    return out, rungs


def test_the_master_playlist_is_valid(ladder):
    out, rungs = ladder
    tags, variants = parse(out / MASTER_NAME, MASTER_TAGS)
    assert int(dict(tags)["#EXT-X-VERSION"]) >= 6  # fMP4 (EXT-X-MAP) needs version 6
    assert [uri for _tag, uri in variants] == ["360p/index.m3u8", "540p/index.m3u8"]
    for (tag, value), uri in variants:
        assert tag == "#EXT-X-STREAM-INF"
        attrs = attributes(value)
        assert {"BANDWIDTH", "AVERAGE-BANDWIDTH", "CODECS", "RESOLUTION"} <= attrs.keys()
        assert (out / uri).is_file()
    assert len(rungs) == 2


def _media(out, uri):
    tags, segments = parse(out / uri, MEDIA_TAGS)
    return dict(tags), tags, [(float(value.rstrip(",")), name) for (_t, value), name in segments]


@pytest.mark.parametrize("rung", ["360p", "540p"])
def test_each_media_playlist_is_valid_vod_fmp4(ladder, rung):
    out, _rungs = ladder
    first, tags, segments = _media(out, f"{rung}/index.m3u8")
    assert int(first["#EXT-X-VERSION"]) >= 6
    assert first["#EXT-X-PLAYLIST-TYPE"] == "VOD"
    assert tags[-1] == ("#EXT-X-ENDLIST", "")
    init = attributes(first["#EXT-X-MAP"])["URI"]
    assert (out / rung / init).is_file()
    target = int(first["#EXT-X-TARGETDURATION"])
    assert segments, "no segments"
    for seconds, name in segments:
        assert seconds > 0 and (out / rung / name).is_file()
        assert math.floor(seconds + 0.5) <= target, (name, seconds, target)
    assert sum(s for s, _n in segments) == pytest.approx(SECONDS, abs=0.2)


def test_segments_are_aligned_across_rungs(ladder):
    out, _rungs = ladder
    low = [s for s, _n in _media(out, "360p/index.m3u8")[2]]
    high = [s for s, _n in _media(out, "540p/index.m3u8")[2]]
    assert low == pytest.approx(high, abs=0.05)


def test_bandwidths_match_the_segments(ladder):
    out, _rungs = ladder
    _tags, variants = parse(out / MASTER_NAME, MASTER_TAGS)
    for (_tag, value), uri in variants:
        attrs = attributes(value)
        _first, _all, segments = _media(out, uri)
        folder = (out / uri).parent
        rates = [(folder / name).stat().st_size * 8 / seconds for seconds, name in segments]
        total_bits = sum((folder / name).stat().st_size * 8 for _s, name in segments)
        mean = total_bits / sum(s for s, _n in segments)
        bandwidth, average = int(attrs["BANDWIDTH"]), int(attrs["AVERAGE-BANDWIDTH"])
        # BANDWIDTH is the peak segment bitrate (never below it, and not inflated past 10 %).
        assert max(rates) <= bandwidth <= max(rates) * 1.1, (uri, bandwidth, rates)
        # AVERAGE-BANDWIDTH is the mean over the whole rendition, within 10 %.
        assert average == pytest.approx(mean, rel=0.1), (uri, average, mean)
        assert average <= bandwidth


def test_ffprobe_reads_every_rendition_as_the_master_says(ladder):
    out, _rungs = ladder
    _tags, variants = parse(out / MASTER_NAME, MASTER_TAGS)
    profiles = {"4d": "Main", "42": "Constrained Baseline", "64": "High"}
    for (_tag, value), uri in variants:
        attrs = attributes(value)
        probe = ffprobe(
            out / uri,
            "-show_entries",
            "stream=codec_type,codec_name,profile,level,width,height:format=duration",
        )
        streams = {s["codec_type"]: s for s in probe["streams"]}
        assert set(streams) == {"video", "audio"}
        video, audio = streams["video"], streams["audio"]
        assert f"{video['width']}x{video['height']}" == attrs["RESOLUTION"]
        assert float(probe["format"]["duration"]) == pytest.approx(SECONDS, abs=0.2)
        avc, mp4a = attrs["CODECS"].split(",")
        # avc1.PPCCLL: profile, constraints, level (hex) as the stream is really encoded.
        assert video["codec_name"] == "h264" and avc.startswith("avc1.")
        assert profiles[avc[5:7]] == video["profile"]
        assert int(avc[9:11], 16) == video["level"]
        assert audio["codec_name"] == "aac" and mp4a == "mp4a.40.2"
        assert audio["profile"] == "LC"

import pytest
from django.core.exceptions import ValidationError

from broadsheet.video.captions import to_webvtt


def test_srt_becomes_webvtt():
    srt = (
        "1\r\n00:00:01,500 --> 00:00:03,000\r\nFirst line\r\nsecond line\r\n\r\n"
        "2\r\n01:00:00,000 --> 01:00:01,250\r\nLater.\r\n"
    )
    assert to_webvtt(("\ufeff" + srt).encode()) == (
        "WEBVTT\n\n00:00:01.500 --> 00:00:03.000\nFirst line\nsecond line\n\n"
        "01:00:00.000 --> 01:00:01.250\nLater.\n"
    )


def test_markup_and_scripts_are_removed_and_text_escaped():
    vtt = (
        "WEBVTT\n\nSTYLE\n::cue { color: red }\n\nNOTE a note\n\n"
        "00:01.000 --> 00:02.000 align:start\n<script>alert(1)</script><b>Bold</b> & <i>more</i>\n"
        '<img src=x onerror="alert(2)">Picture\n\n'
        "00:02.000 --> 00:03.000\n<script>\n"
    )
    result = to_webvtt(vtt.encode())
    assert result == "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nBold &amp; more\nPicture\n"
    assert "script" not in result and "alert" not in result and "onerror" not in result


@pytest.mark.parametrize(
    "text, message",
    [
        ("1\n00:00:03,000 --> 00:00:02,000\nx\n", "ends before it starts"),
        (
            "1\n00:00:05,000 --> 00:00:06,000\nx\n\n2\n00:00:01,000 --> 00:00:02,000\ny\n",
            "starts before the one above",
        ),
        ("just some words\n", "has no timing"),
        ("", "No captions were found"),
    ],
    ids=["reversed", "out of order", "no timing", "empty"],
)
def test_broken_timing_is_refused(text, message):
    with pytest.raises(ValidationError, match=message):
        to_webvtt(text.encode())

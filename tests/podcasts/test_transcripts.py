import pytest

from broadsheet.podcasts.transcripts import parse_webvtt

GOOD = """WEBVTT - Harbour Hour

NOTE written for the tests

intro
00:00:00.000 --> 00:00:02.500
<v Ines Paul>Welcome <b>aboard</b>.

00:02.500 --> 00:05.000
The wall held
all night.

01:02:03.000 --> 01:02:04.000
Late cue.
"""


def test_parses_cues_with_identifiers_notes_voices_and_short_timings():
    cues = parse_webvtt(GOOD)
    assert [(cue.start, cue.text) for cue in cues] == [
        (0.0, "Ines Paul: Welcome aboard."),
        (2.5, "The wall held all night."),
        (3723.0, "Late cue."),
    ]
    assert cues[2].start_display == "1:02:03"


@pytest.mark.parametrize(
    "text, message",
    [
        ("Just a transcript.", "must start with the line “WEBVTT”"),
        ("WEBVTT\n", "has no cues"),
        ("WEBVTT\n\n00:01.000 --> soon\nHi", "timing is malformed"),
        ("WEBVTT\n\nHello there", "has no timing line"),
        ("WEBVTT\n\n00:05.000 --> 00:01.000\nHi", "ends before it starts"),
    ],
    ids=["no header", "no cues", "bad timing", "no timing line", "backwards"],
)
def test_refuses_malformed_webvtt_with_a_clear_message(text, message):
    with pytest.raises(ValueError, match=message):
        parse_webvtt(text)

"""Renditions are published: they must not carry where or by whom a photograph was taken."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import ExifTags, ImageCms, ImageOps
from PIL import Image as PILImage

from broadsheet.images.models import NewsImage

ARTIST = "Jane Q. Photographer"
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
    b'02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
    b"<dc:creator>Jane Q. Photographer (xmp)</dc:creator></rdf:Description></rdf:RDF>"
    b"</x:xmpmeta>"
)
ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def camera_jpeg():
    """A 60x30 photo stored sideways (EXIF orientation 6: turn 90° clockwise to view),
    left half red and right half blue, with GPS, artist, XMP, a comment and an ICC profile."""
    picture = PILImage.new("RGB", (60, 30), (220, 20, 20))
    picture.paste((20, 20, 220), (30, 0, 60, 30))
    exif = PILImage.Exif()
    exif[ExifTags.Base.Artist] = ARTIST
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "Northlight"
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(
        {
            ExifTags.GPS.GPSLatitudeRef: "N",
            ExifTags.GPS.GPSLatitude: (51.0, 30.0, 12.0),
            ExifTags.GPS.GPSLongitudeRef: "W",
            ExifTags.GPS.GPSLongitude: (0.0, 7.0, 40.0),
        }
    )
    buffer = io.BytesIO()
    picture.save(
        buffer, "JPEG", quality=95, exif=exif, icc_profile=ICC, xmp=XMP, comment=b"shot by Jane"
    )
    return buffer.getvalue()


@pytest.fixture
def photo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return NewsImage.objects.create(
        title="Sideways harbour",
        description="A harbour",
        file=ImageFile(io.BytesIO(camera_jpeg()), name="camera.jpg"),
    )


def test_the_generated_original_really_carries_the_metadata(photo):
    with photo.open_file() as handle:
        original = PILImage.open(handle)
        original.load()
    assert original.getexif()[ExifTags.Base.Artist] == ARTIST
    assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert original.info["icc_profile"] == ICC
    assert b"Jane Q. Photographer (xmp)" in original.info["xmp"]


@pytest.mark.parametrize(
    "spec",
    ["width-20|format-jpeg", "fill-20x40-c100|format-webp", "width-20|format-png", "original"],
    ids=["jpeg", "webp", "png", "same format, same size"],
)
def test_rendition_keeps_pixels_orientation_and_colour_profile_only(photo, spec):
    rendition = photo.get_rendition(spec)
    with rendition.file.open("rb") as handle:
        data = handle.read()
    image = PILImage.open(io.BytesIO(data))
    image.load()

    assert b"Jane" not in data and b"Northlight" not in data
    assert dict(image.getexif()) == {}
    assert "xmp" not in image.info and "XML:com.adobe.xmp" not in image.info
    assert "comment" not in image.info
    assert image.info.get("icc_profile") == ICC

    # The orientation was applied to the pixels: a portrait picture, red on top.
    with photo.open_file() as handle:
        upright = ImageOps.exif_transpose(PILImage.open(handle))
    assert upright.height > upright.width and image.height > image.width
    rgb = image.convert("RGB")
    top, bottom = (
        rgb.getpixel((image.width // 2, 2)),
        rgb.getpixel((image.width // 2, image.height - 3)),
    )
    assert top[0] > 150 and top[2] < 100, top
    assert bottom[2] > 150 and bottom[0] < 100, bottom

"""Request bodies and uploads over their limits are refused before they are read or stored."""

import io
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model

from broadsheet.core.limits import CHUNK_SIZE, BodyLimitApp
from broadsheet.images.models import NewsImage
from broadsheet.wsgi import application

REPO = Path(__file__).resolve().parents[2]


class UnreadableInput(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    def read(self, size=-1):
        raise AssertionError("the body was read")

    readline = read


class CountingInput(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.consumed = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.consumed += len(chunk)
        return chunk


def call(app, environ):
    status = {}

    def start_response(line, headers):
        status["line"], status["headers"] = line, dict(headers)

    body = b"".join(app(environ, start_response))
    return status["line"], body


def post_environ(path, **extra):
    environ = RequestFactory().post(path).environ
    environ.update(extra)
    return environ


def test_huge_content_length_is_413_without_reading_the_body():
    environ = post_environ(
        "/en/account/signup/",
        CONTENT_LENGTH=str(511 * 1024 * 1024),
        CONTENT_TYPE="multipart/form-data; boundary=x",
    )
    environ["wsgi.input"] = UnreadableInput()
    line, body = call(application, environ)
    assert line.startswith("413")
    assert b"at most 1048576 bytes" in body


@pytest.mark.parametrize("length", ["-1", "12abc", "9" * 40], ids=["negative", "junk", "huge"])
def test_malformed_content_length_is_400(length):
    environ = post_environ("/en/account/signup/", CONTENT_LENGTH=length)
    environ["wsgi.input"] = UnreadableInput()
    line, _body = call(application, environ)
    assert line.startswith("400")


def test_editor_upload_paths_have_their_own_larger_cap(settings):
    settings.UPLOAD_MAX_SIZES = [("/admin/images/", 5 * 1024 * 1024)]
    seen = []

    def inner(environ, start_response):
        seen.append(environ["PATH_INFO"])
        start_response("204 No Content", [])
        return []

    guarded = BodyLimitApp(inner)
    four_mb = str(4 * 1024 * 1024)
    for path in ("/admin/images/multiple/add/", "/en/search/"):
        environ = post_environ(path, CONTENT_LENGTH=four_mb)
        environ["wsgi.input"] = UnreadableInput()
        call(guarded, environ)
    assert seen == ["/admin/images/multiple/add/"]


def test_chunked_body_over_the_cap_is_413_after_reading_only_the_cap(settings):
    settings.REQUEST_MAX_BODY_SIZE = 100_000
    stream = CountingInput(b"x" * 5_000_000)
    environ = post_environ("/api/v1/bookmarks/", HTTP_TRANSFER_ENCODING="chunked")
    del environ["CONTENT_LENGTH"]
    environ["wsgi.input"] = stream
    line, _body = call(application, environ)
    assert line.startswith("413")
    assert stream.consumed <= 100_000 + CHUNK_SIZE


def test_chunked_body_under_the_cap_reaches_the_app_with_its_length():
    received = {}

    def inner(environ, start_response):
        received["length"] = environ["CONTENT_LENGTH"]
        received["body"] = environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"]))
        start_response("204 No Content", [])
        return []

    environ = post_environ("/x/", HTTP_TRANSFER_ENCODING="chunked")
    del environ["CONTENT_LENGTH"]
    environ["wsgi.input"] = io.BytesIO(b"a=1&b=2")
    line, _ = call(BodyLimitApp(inner, chunked_limit=1000), environ)
    assert line.startswith("204")
    assert received == {"length": "7", "body": b"a=1&b=2"}


# The same guard in front of a real server (granian), over a real socket. -----------------
def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def granian_port():
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "granian", "--interface", "wsgi", "--port", str(port),
         "--workers", "1", "tests.core.limits_wsgi:application"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"granian did not start: {process.stderr.read().decode()}")
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("granian did not start listening within 20 s")
    yield port
    process.terminate()
    process.wait(10)


def read_reply(sock):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


@pytest.mark.fault
def test_granian_answers_a_huge_content_length_before_the_body_is_sent(granian_port):
    with socket.create_connection(("127.0.0.1", granian_port), timeout=5) as sock:
        started = time.monotonic()
        sock.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 536870912\r\n\r\n")
        reply = read_reply(sock)
        assert time.monotonic() - started < 3
    assert reply.startswith(b"HTTP/1.1 413")


@pytest.mark.fault
def test_granian_stops_a_chunked_body_at_the_cap(granian_port):
    sent = 0
    with socket.create_connection(("127.0.0.1", granian_port), timeout=5) as sock:
        sock.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        stop = threading.Event()
        chunk = b"400\r\n" + b"y" * 1024 + b"\r\n"

        def pour():
            nonlocal sent
            try:
                while not stop.is_set() and sent < 50 * 1024 * 1024:
                    sock.sendall(chunk)
                    sent += len(chunk)
            except OSError:
                pass

        writer = threading.Thread(target=pour, daemon=True)
        writer.start()
        reply = read_reply(sock)
        stop.set()
    writer.join(5)
    assert reply.startswith(b"HTTP/1.1 413")
    assert sent < 50 * 1024 * 1024


@pytest.mark.fault
def test_granian_passes_a_small_chunked_body_on(granian_port):
    with socket.create_connection(("127.0.0.1", granian_port), timeout=5) as sock:
        sock.sendall(
            b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            b"5\r\nhello\r\n0\r\n\r\n"
        )
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 200")
    assert reply.endswith(b"read 5")


# Uploads inside Django: the upload handler. ------------------------------------------------
@pytest.fixture
def upload_dir(settings, tmp_path):
    """Uploads go to temporary files from the first byte, in a folder the test can watch."""
    folder = tmp_path / "uploads"
    folder.mkdir()
    settings.FILE_UPLOAD_TEMP_DIR = str(folder)
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024
    settings.MEDIA_ROOT = tmp_path / "media"
    return folder


@pytest.fixture
def editor_client(client, django_user_model, db):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(editor)
    return client


def png_bytes(width, height):
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def noise(size):
    return bytes((n * 7919) % 251 for n in range(size))


def test_anonymous_upload_to_the_admin_is_413_before_parsing(client, db, upload_dir):
    big = SimpleUploadedFile("big.txt", noise(2 * 1024 * 1024), "text/plain")
    response = client.post(reverse("wagtailadmin_login"), {"username": "x", "file": big})
    assert response.status_code == 413
    assert "at most 1.0\xa0MB" in response.content.decode()
    assert list(upload_dir.iterdir()) == []


@pytest.mark.parametrize(
    "url_name, prefix, field, model",
    [
        ("wagtailimages:add", "/admin/images/", "file", NewsImage),
        ("wagtaildocs:add", "/admin/documents/", "file", get_document_model()),
    ],
    ids=["image", "document"],
)
def test_editor_upload_over_its_cap_stops_while_streaming(
    editor_client, settings, upload_dir, url_name, prefix, field, model
):
    settings.UPLOAD_MAX_SIZES = [(prefix, 100_000)]
    upload = SimpleUploadedFile("harbour.png", noise(300_000), "image/png")
    response = editor_client.post(reverse(url_name), {"title": "Harbour", field: upload})
    assert response.status_code == 413
    text = response.content.decode()
    assert "too large" in text and "Nothing was saved" in text
    assert model.objects.count() == 0
    assert list(upload_dir.iterdir()) == []
    media = Path(settings.MEDIA_ROOT)
    assert not media.exists() or not [p for p in media.rglob("*") if p.is_file()]


def test_editor_upload_within_its_cap_is_saved(editor_client, settings, upload_dir):
    settings.UPLOAD_MAX_SIZES = [("/admin/documents/", 100_000)]
    upload = SimpleUploadedFile("minutes.txt", b"Harbour board minutes.\n" * 1000, "text/plain")
    response = editor_client.post(reverse("wagtaildocs:add"), {"title": "Minutes", "file": upload})
    assert response.status_code == 302
    assert get_document_model().objects.get().file.size == 23_000


@pytest.mark.parametrize(
    "width, height, message",
    [
        (8_000, 8_000, "too many pixels (64000000)"),
        (11_000, 11_000, "too many pixels (121000000)"),
        (20_000, 20_000, "too many pixels (unknown number)"),
    ],
    ids=[
        "64 megapixels: over IMAGES_MAX_PIXELS",
        "121 megapixels: under Wagtail's own default",
        "400 megapixels: Pillow's decompression-bomb error",
    ],
)
def test_huge_pixel_image_is_a_form_error(editor_client, upload_dir, width, height, message):
    data = png_bytes(width, height)
    assert len(data) < 1024 * 1024
    upload = SimpleUploadedFile("huge.png", data, "image/png")
    response = editor_client.post(reverse("wagtailimages:add"), {"title": "Huge", "file": upload})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert NewsImage.objects.count() == 0

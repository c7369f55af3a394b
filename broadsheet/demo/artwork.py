"""Pictures for the demo newsroom, drawn locally with Pillow: no downloads, no stock photos."""

import io
import random

from PIL import Image, ImageDraw, ImageFilter

PALETTES = [
    ((23, 42, 84), (233, 132, 84), (248, 203, 124)),
    ((12, 74, 96), (78, 164, 155), (231, 222, 181)),
    ((58, 28, 74), (196, 77, 101), (250, 177, 120)),
    ((20, 60, 40), (120, 170, 90), (230, 230, 170)),
    ((40, 40, 48), (120, 130, 150), (220, 220, 225)),
    ((90, 30, 20), (200, 110, 50), (245, 210, 150)),
]


def landscape(seed, size=(1600, 900)):
    """A layered landscape: sky gradient, sun, hills and a few buildings, as JPEG bytes."""
    rng = random.Random(seed)
    sky, mid, light = rng.choice(PALETTES)
    width, height = size
    image = Image.new("RGB", size, sky)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(sky, light, strict=True)),
        )
    sun_x, sun_y, radius = (
        rng.randint(200, width - 200),
        rng.randint(120, 400),
        rng.randint(60, 140),
    )
    draw.ellipse([sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius], fill=light)
    for layer in range(3):
        base = int(height * (0.55 + 0.12 * layer))
        shade = tuple(max(0, int(c * (0.9 - 0.25 * layer))) for c in mid)
        points = [(0, height)]
        for x in range(0, width + 100, 100):
            points.append((x, base + rng.randint(-60, 60)))
        points.append((width, height))
        draw.polygon(points, fill=shade)
    for _ in range(rng.randint(4, 12)):
        w, h = rng.randint(30, 90), rng.randint(80, 300)
        x = rng.randint(0, width - w)
        draw.rectangle([x, height - h, x + w, height], fill=tuple(int(c * 0.3) for c in sky))
    image = image.filter(ImageFilter.GaussianBlur(1))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def portrait(seed, size=(600, 600)):
    """A simple head-and-shoulders silhouette on a coloured ground, as JPEG bytes."""
    rng = random.Random(seed)
    ground, figure, _light = rng.choice(PALETTES)
    width, height = size
    image = Image.new("RGB", size, figure)
    draw = ImageDraw.Draw(image)
    draw.ellipse([width * 0.32, height * 0.18, width * 0.68, height * 0.58], fill=ground)
    draw.ellipse([width * 0.12, height * 0.62, width * 0.88, height * 1.3], fill=ground)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()

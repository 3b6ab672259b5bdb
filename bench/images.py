"""Benchmark of the image pipeline (generator/media/images.py) on synthetic 12-megapixel photos.

    .venv/bin/python bench/images.py [--photos 50] [--runs 3] [--workers N] [--stages]

Makes deterministic 4000×3000 JPEGs (smooth colour fields, shapes and sensor-like grain, ~3 MB
each like a phone's; every tenth one carries EXIF orientation 6) in a temporary folder, then:

- cold: a fresh cache, every photo rendered by ``media_cache.process`` over the process pool —
  megapixels of source per second per core (wall time × workers), and per CPU-second spent by
  the pool's processes (what a core does, even when other work shares the machine); then the
  same with one process (workers=1) — these are end to end: read, hash, decode, resize to three
  widths, encode five files (WebP ×3, JPEG ×2) and rename into the cache;
- decode + first resize: what ARCHITECTURE.md's 140 MP/s per core measures ("decoding and one
  resize": draft() at the largest derivative's size, then that resize), in one process;
- reference: the two operations ARCHITECTURE.md measured on the design machine (thumbnail()
  alone, 81 MP/s per core; draft() at the aspect-correct size then thumbnail(), 146), timed in
  the same runs at the pipeline's largest size: how fast this machine is right now, so that the
  140 MP/s target can be read against a baseline of the same run;
- warm: the same jobs again with the cache filled — milliseconds per unchanged photo
  (manifest read, stat() + lookup + existence check, nothing decoded); and what validation
  (``images.inspect``: header, EXIF orientation, whole-file check) costs per photo;
- --stages: where one photo's CPU time goes (decode with draft(), each resize, each encode),
  with the alternatives that were measured and not taken in brackets.

Each figure is the median of --runs repetitions, with min–max to show the machine's noise.
Not part of the tests.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator import runtime
from generator.media import cache as media_cache
from generator.media import formats, images

WIDTH, HEIGHT = 4000, 3000
MEGAPIXELS = WIDTH * HEIGHT / 1e6


def make_photos(folder: Path, count: int) -> list[Path]:
    """Deterministic phone-like photos: colour fields, shapes, grain; JPEG quality 92, 4:2:0."""
    grain = Image.effect_noise((WIDTH + 256, HEIGHT + 256), 18)
    paths = []
    for index in range(count):
        rnd = random.Random(index)
        field = Image.effect_noise((40, 30), 60 + index % 40).convert("RGB")
        field = field.resize((WIDTH, HEIGHT), Image.Resampling.BICUBIC)
        offsets = [rnd.randrange(-60, 60) for _ in range(3)]
        bands = [
            band.point(lambda v, o=offset: max(0, min(255, v + o)))
            for band, offset in zip(field.split(), offsets, strict=True)
        ]
        photo = Image.merge("RGB", bands)
        draw = ImageDraw.Draw(photo)
        for _ in range(60):
            x, y = rnd.randrange(WIDTH), rnd.randrange(HEIGHT)
            box = [x, y, x + rnd.randrange(40, 900), y + rnd.randrange(40, 900)]
            colour = tuple(rnd.randrange(256) for _ in range(3))
            (draw.ellipse if rnd.random() < 0.5 else draw.rectangle)(box, fill=colour)
        dx, dy = rnd.randrange(256), rnd.randrange(256)
        noise = grain.crop((dx, dy, dx + WIDTH, dy + HEIGHT))
        photo = Image.merge("RGB", [Image.blend(band, noise, 0.22) for band in photo.split()])
        exif = Image.Exif()
        exif[0x010F] = "BenchCam"  # camera make: metadata the pipeline must drop
        if index % 10 == 9:
            exif[images.ORIENTATION_TAG] = 6
        path = folder / f"{index:03d}.jpg"
        photo.save(path, "JPEG", quality=92, subsampling=2, exif=exif.tobytes())
        paths.append(path)
    return paths


def jobs_for(paths: list[Path]) -> list[media_cache.Job]:
    return [
        media_cache.Job(path, f"orgs/bench/activities/a/{path.name}", "photo") for path in paths
    ]


def cold(paths: list[Path], base: Path, workers: int) -> tuple[float, float]:
    """Render every photo into a fresh cache: (wall seconds, CPU seconds of this process and
    its workers — what a core spent, whatever else the machine was doing)."""
    cache_dir = base / f"cache-{workers}"
    shutil.rmtree(cache_dir, ignore_errors=True)
    cpu_before = _cpu()
    started = time.perf_counter()
    entries, problems = media_cache.process(
        jobs_for(paths), media_cache.ImageCache(cache_dir), workers=workers
    )
    elapsed = time.perf_counter() - started
    assert not problems and len(entries) == len(paths), problems
    return elapsed, _cpu() - cpu_before


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # workers, once the pool is joined
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def warm(paths: list[Path], cache_dir: Path) -> float:
    """Seconds for a rebuild that finds every photo unchanged (manifest read included)."""
    started = time.perf_counter()
    cache = media_cache.ImageCache(cache_dir)
    entries, problems = media_cache.process(jobs_for(paths), cache, workers=2)
    elapsed = time.perf_counter() - started
    assert not problems and len(entries) == len(paths), problems
    assert not any(p.name.startswith(".tmp-") for p in cache_dir.rglob("*"))
    return elapsed


def decode_and_resize(paths: list[Path]) -> float:
    """ARCHITECTURE.md's definition of the target: decoding and one resize (draft() at the
    largest derivative's size, load(), the pipeline's first resize to it), in this process.
    Returns megapixels of source per CPU-second."""
    sizes = images.target_sizes(WIDTH, HEIGHT, images.PHOTO_WIDTHS)
    datas = [path.read_bytes() for path in paths]
    started = time.process_time()
    for data in datas:
        with Image.open(io.BytesIO(data), formats=formats.FORMATS) as image:
            image.draft("RGB", sizes[-1])
            image.load()
            image.resize(sizes[-1], images.RESAMPLE_FIRST, reducing_gap=images.FIRST_REDUCING_GAP)
    return len(datas) * MEGAPIXELS / (time.process_time() - started)


# ARCHITECTURE.md's own figures, measured per core on 12 MP photos on the design machine
DESIGN_THUMBNAIL = 81.0  # thumbnail() alone
DESIGN_DRAFT_THUMBNAIL = 146.0  # draft() at the aspect-correct target size, then thumbnail()
TARGET = 140.0


def reference(paths: list[Path]) -> tuple[float, float]:
    """The two operations ARCHITECTURE.md measured (81 and 146 MP/s per core), timed here in the
    same run, to the pipeline's largest size: thumbnail() alone (its own draft request asks for
    twice the box, which reduces nothing on a 4000 px photo) and draft() at the aspect-correct
    size first. Their ratio to the design figures is how fast this machine is right now; the
    target scales with it. Returns megapixels of source per CPU-second, in this process."""
    box = images.target_sizes(WIDTH, HEIGHT, images.PHOTO_WIDTHS)[-1]
    datas = [path.read_bytes() for path in paths]
    figures = []
    for draft in (False, True):
        started = time.process_time()
        for data in datas:
            with Image.open(io.BytesIO(data), formats=formats.FORMATS) as image:
                if draft:
                    image.draft("RGB", box)
                image.thumbnail(box)
        figures.append(len(datas) * MEGAPIXELS / (time.process_time() - started))
    return figures[0], figures[1]


def stages(paths: list[Path], runs: int) -> None:
    """Median CPU milliseconds of each step for the first few photos (single process), the
    pipeline's choice first, then the alternatives that were measured."""
    timings: dict[str, list[float]] = {}

    def timed(name: str, action):  # type: ignore[no-untyped-def]
        started = time.process_time()
        result = action()
        timings.setdefault(name, []).append((time.process_time() - started) * 1000)
        return result

    def encode(label: str, image: Image.Image, **options: object) -> None:
        out = io.BytesIO()
        timed(label, lambda: image.save(out, **options))
        timings.setdefault(label + " KB", []).append(len(out.getvalue()) / 1024)

    sizes = images.target_sizes(WIDTH, HEIGHT, images.PHOTO_WIDTHS)
    for _ in range(runs):
        for path in paths[:5]:
            data = timed("read + sha256", lambda p=path: _read_and_hash(p))

            def decode(data: bytes = data, mode: str = "RGB") -> Image.Image:
                image = Image.open(io.BytesIO(data), formats=formats.FORMATS)
                image.draft(mode, sizes[-1])
                image.load()
                return image

            decoded = timed("decode, draft() to 1/2", decode)
            timed("  (draft() mode YCbCr)", lambda d=data: decode(d, "YCbCr"))
            timed("  (full-size decode)", lambda d=data: Image.open(io.BytesIO(d)).load())
            first = f"resize → {sizes[-1][0]}, {images.RESAMPLE_FIRST.name.lower()}"
            current = timed(
                first,
                lambda d=decoded: d.resize(
                    sizes[-1], images.RESAMPLE_FIRST, reducing_gap=images.FIRST_REDUCING_GAP
                ),
            )
            for name in ("BICUBIC", "LANCZOS"):
                timed(
                    f"  (resize → {sizes[-1][0]}, {name.lower()})",
                    lambda d=decoded, f=Image.Resampling[name]: d.resize(sizes[-1], f),
                )
            for width, height in reversed(sizes):
                if current.size != (width, height):
                    label = f"resize → {width}, {images.RESAMPLE.name.lower()}"
                    if images.REDUCING_GAP == 1.0 and current.width == 2 * width:
                        label = f"resize → {width}, 2×2 average"
                    current = timed(
                        label,
                        lambda c=current, s=(width, height): c.resize(
                            s, images.RESAMPLE, reducing_gap=images.REDUCING_GAP
                        ),
                    )
                method = (
                    images.WEBP_METHOD_LARGE
                    if width >= images.WEBP_LARGE_FROM
                    else images.WEBP_METHOD_SMALL
                )
                quality = {"quality": images.WEBP_QUALITY}
                encode(f"webp {width} m{method}", current, format="WEBP", method=method, **quality)
                for other in sorted({0, 2, 4} - {method}):
                    encode(
                        f"  (webp {width} m{other})",
                        current,
                        format="WEBP",
                        method=other,
                        **quality,
                    )
                jpeg = {"format": "JPEG", "quality": images.JPEG_QUALITY, "optimize": True}
                if width <= images.JPEG_MAX_WIDTH:
                    encode(f"jpeg {width}", current, **jpeg)
                else:
                    encode(f"  (jpeg {width}, not written)", current, **jpeg)
                encode(f"  (jpeg {width} progressive)", current, progressive=True, **jpeg)
            with tempfile.TemporaryDirectory() as folder:
                timed(
                    "render_entry (all of it)",
                    lambda p=path, f=folder: images.render_entry(
                        p, "k" * 24, Path(f), images.PHOTO_WIDTHS
                    ),
                )
    upright = next(p for p in paths if _orientation(p) == 6)
    with Image.open(upright) as image:
        largest = images.target_sizes(HEIGHT, WIDTH, images.PHOTO_WIDTHS)[-1]
        image.draft("RGB", (largest[1], largest[0]))
        print(
            f"\ndraft(): landscape {WIDTH}×{HEIGHT} → largest {sizes[-1][0]}×{sizes[-1][1]}, "
            f"decoded at {decoded.size[0]}×{decoded.size[1]}; shown upright (orientation 6) → "
            f"largest {largest[0]}×{largest[1]}, decoded at {image.size[0]}×{image.size[1]}"
        )
        assert decoded.size[0] < WIDTH and image.size[0] < WIDTH, "DCT scaling did not apply"
    print("\nstages (CPU ms, median of 5 photos × runs; in brackets: alternatives not taken):")
    for name, values in timings.items():
        print(f"  {name:38s} {statistics.median(values):8.1f}")


def _orientation(path: Path) -> int:
    with Image.open(path) as image:
        return image.getexif().get(images.ORIENTATION_TAG, 1)


def _read_and_hash(path: Path) -> bytes:
    import hashlib

    data = path.read_bytes()
    hashlib.sha256(data).hexdigest()
    return data


def spread(values: list[float]) -> str:
    median = statistics.median(values)
    return (
        f"median {median:.2f} (min {min(values):.2f}, max {max(values):.2f}, "
        f"spread {(max(values) - min(values)) / median * 100:.0f} %)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=runtime.cores())
    parser.add_argument("--serial-photos", type=int, default=12, help="photos in the serial run")
    parser.add_argument("--stages", action="store_true", help="also time each step")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gongshi-bench-") as tmp:
        base = Path(tmp)
        started = time.perf_counter()
        (base / "photos").mkdir()
        paths = make_photos(base / "photos", args.photos)
        size = sum(p.stat().st_size for p in paths) / len(paths) / 1e6
        print(
            f"{len(paths)} photos {WIDTH}×{HEIGHT} ({MEGAPIXELS:.0f} MP, {size:.1f} MB each) made in "
            f"{time.perf_counter() - started:.0f} s; {args.workers} workers, "
            f"{runtime.cores()} cores, load average {os.getloadavg()[0]:.2f}"
        )
        checks = []
        for _ in range(args.runs):
            started = time.perf_counter()
            for path in paths:
                images.inspect(path)
            checks.append((time.perf_counter() - started) / len(paths) * 1000)
        print(f"validation (images.inspect), ms per photo: {spread(checks)}")
        if args.stages:
            stages(paths, args.runs)
        wall, per_cpu, serial, warm_ms, first = [], [], [], [], []
        thumbnail, draft_thumbnail = [], []
        megapixels = len(paths) * MEGAPIXELS
        for run in range(args.runs):
            elapsed, cpu = cold(paths, base, args.workers)
            wall.append(megapixels / elapsed / args.workers)
            per_cpu.append(megapixels / cpu)
            for _ in range(3):
                warm_ms.append(warm(paths, base / f"cache-{args.workers}") / len(paths) * 1000)
            subset = paths[: args.serial_photos]
            serial.append(len(subset) * MEGAPIXELS / cold(subset, base, 1)[1])
            first.append(decode_and_resize(subset))
            alone, drafted = reference(subset)
            thumbnail.append(alone)
            draft_thumbnail.append(drafted)
            print(
                f"  run {run + 1}: cold {wall[-1]:.1f} MP/s per core (wall), {per_cpu[-1]:.1f} MP "
                f"per CPU-second (pool), {serial[-1]:.1f} (one process), "
                f"{first[-1]:.1f} (decode + first resize); reference {alone:.1f} "
                f"(thumbnail), {drafted:.1f} (draft + thumbnail); "
                f"warm {min(warm_ms[-3:]):.3f} ms per photo"
            )
        print(f"cold, pool of {args.workers}, MP/s per core by wall time:  {spread(wall)}")
        print(f"cold, pool of {args.workers}, MP per CPU-second:           {spread(per_cpu)}")
        print(f"cold, one process, MP per CPU-second:       {spread(serial)}")
        print(f"decode + first resize, MP per CPU-second:   {spread(first)}")
        print(f"warm rebuild, ms per unchanged photo:       {spread(warm_ms)}")
        print(f"reference, thumbnail() alone:               {spread(thumbnail)}")
        print(f"reference, draft() + thumbnail():           {spread(draft_thumbnail)}")
        # the same run's reference against the design figures: how fast this machine is now
        speed = statistics.median(draft_thumbnail) / DESIGN_DRAFT_THUMBNAIL
        speed_alone = statistics.median(thumbnail) / DESIGN_THUMBNAIL
        print(
            f"this machine now: {speed:.2f}× the design machine by draft() + thumbnail() "
            f"({DESIGN_DRAFT_THUMBNAIL:.0f} there), {speed_alone:.2f}× by thumbnail() "
            f"({DESIGN_THUMBNAIL:.0f} there); the target of {TARGET:.0f} MP/s scales to "
            f"{TARGET * speed:.0f} ({TARGET * speed_alone:.0f})"
        )
        paired = [ours / theirs for ours, theirs in zip(first, draft_thumbnail, strict=True)]
        print(f"decode + first resize ÷ draft() + thumbnail(), run by run: {spread(paired)}")
        print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

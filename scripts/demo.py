"""`make demo`: the README's main job, end to end, with the `creatify` command: a custom
avatar, then a video of it, each waited for on its webhook (`--listen`: a local receiver
the mock calls when the job ends; polls remain a slow fallback), the MP4 saved.

With no credentials it starts the mock (the scenario layer in front of Prism, on
$MOCK_PORT, default 4010) and runs against it, saying so; if something else listens on
that port it stops with a message. With CREATIFY_API_ID, CREATIFY_API_KEY and
CREATIFY_BASE_URL pointing at the real service, the same commands run there (they use an
avatar slot and credits). Ctrl-C stops it quietly (exit 130) and stops the mock it started.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "mock"))
import serve

CREATIFY = str(Path(sys.executable).parent / "creatify")
FIXTURES = Path("mock") / "fixtures"  # relative: the demo runs from the repository root
OUT = ROOT / "demo-output" / "hello.mp4"
TEXT = "Hello from the Creatify Python SDK"


def against_real_service() -> bool:
    url = os.environ.get("CREATIFY_BASE_URL", "")
    host = urlsplit(url).hostname or ""
    has_keys = bool(os.environ.get("CREATIFY_API_ID") and os.environ.get("CREATIFY_API_KEY"))
    return has_keys and bool(url) and host not in ("127.0.0.1", "localhost", "::1")


@contextlib.contextmanager
def target() -> Iterator[dict[str, str]]:
    if against_real_service():
        print(
            f"== running against {os.environ['CREATIFY_BASE_URL']} (uses an avatar slot and credits)"
        )
        yield dict(os.environ)
        return
    print("== starting the mock (scenario layer + Prism)", flush=True)
    with serve.running() as url:
        print(f"== running against the mock at {url}: no real service, no credentials")
        yield {
            **os.environ,
            "CREATIFY_API_ID": "demo-id",
            "CREATIFY_API_KEY": "demo-key",
            "CREATIFY_BASE_URL": url,
        }


def creatify(env: dict[str, str], *args: str, show: bool = True, quiet: bool = False) -> str:
    if not quiet:
        print(f"\n$ creatify {shlex.join(args)}", flush=True)
    result = subprocess.run([CREATIFY, *args], env=env, capture_output=True, text=True, check=False)
    if show and not quiet:
        sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        raise SystemExit(f"demo failed: creatify exited {result.returncode}")
    return result.stdout


def main() -> int:
    try:
        return run()
    except KeyboardInterrupt:
        # `running()` has stopped the mock it started on the way out.
        print("\ninterrupted", file=sys.stderr)
        return 130
    except serve.MockPortTaken as exc:
        print(f"demo failed: {exc}", file=sys.stderr)
        return 1


def run() -> int:
    os.chdir(ROOT)
    OUT.parent.mkdir(exist_ok=True)
    OUT.unlink(missing_ok=True)
    with target() as env:
        creatify(env, "credits")
        created = json.loads(
            creatify(
                env,
                "avatars",
                "create",
                "--video",
                str(FIXTURES / "james.mp4"),
                "--consent",
                str(FIXTURES / "consent.mov"),
                "--name",
                "James",
                "--gender",
                "m",
                "--scene",
                "office",
                # Review takes days on the real service: wait on its webhook (a local
                # receiver; polls only as a slow fallback), not on a poll backoff.
                "--listen",
                "--json",
                show=False,
            )
        )
        print(
            f"(JSON, summed up) avatar {created['id']}: process_status={created['process_status']}, "
            f"is_active={created['is_active']}"
        )
        # One command: create the video, wait on its webhook, save the MP4.
        video = json.loads(
            creatify(
                env,
                "lipsyncs",
                "create",
                "--avatar",
                created["id"],
                "--text",
                TEXT,
                "--aspect-ratio",
                "9:16",
                "--model",
                "aurora_v1_fast",
                "--listen",
                "--download",
                str(OUT.relative_to(Path.cwd())),
                "--json",
                show=False,
            )
        )
        print(
            f"(JSON, summed up) video {video['id']}: text={video['text']!r}, "
            f"status={video['status']}"
        )
    head = OUT.read_bytes()[:12]
    print(
        f"\n== done: avatar {created['id']} is ready; video saved to "
        f"{OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes, "
        f"{'an MP4' if head[4:8] == b'ftyp' else 'NOT an MP4'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

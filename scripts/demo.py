"""`make demo`: the README's main job, end to end, with the `creatify` command.

With no credentials it starts the Prism mock (and its media server) and runs against it,
saying so. With CREATIFY_API_ID, CREATIFY_API_KEY and CREATIFY_BASE_URL pointing at the
real service, the same commands run there (they use an avatar slot and credits).
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
    with serve.running() as url:
        print(f"== running against the Prism mock at {url}: no real service, no credentials")
        yield {
            **os.environ,
            "CREATIFY_API_ID": "demo-id",
            "CREATIFY_API_KEY": "demo-key",
            "CREATIFY_BASE_URL": url,
        }


def creatify(env: dict[str, str], *args: str, show: bool = True) -> str:
    print(f"\n$ creatify {shlex.join(args)}", flush=True)
    result = subprocess.run([CREATIFY, *args], env=env, capture_output=True, text=True, check=False)
    if show:
        sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        raise SystemExit(f"demo failed: creatify exited {result.returncode}")
    return result.stdout


def main() -> int:
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
                "--wait",
                "--json",
                show=False,
            )
        )
        print(
            f"(JSON, summed up) avatar {created['id']}: process_status={created['process_status']}, "
            f"is_active={created['is_active']}"
        )
        creatify(
            env,
            "lipsyncs",
            "create",
            "--avatar",
            created["id"],
            "--text",
            "Hello from the Creatify Python SDK",
            "--aspect-ratio",
            "9:16",
            "--model",
            "aurora_v1_fast",
            "--download",
            str(OUT.relative_to(Path.cwd())),
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

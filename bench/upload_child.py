"""One SDK upload in a fresh process: prints its time, its CPU time (user and system) and
its peak RSS growth (JSON).

The peak is reset (/proc/self/clear_refs) after imports and set-up, so the figure is
what the upload itself adds. The `avatars` namespace is made and the upload operation's
module runs before the clock starts: since issue 28 both happen on first use (about 100 ms
with the modules they load), which is start-up, not upload speed (the start-up rows of
bench/run.py measure start-up).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from creatify import Creatify
from creatify_api.api.personas import personas_v2_create


def status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def main() -> None:
    url, video = sys.argv[1], Path(sys.argv[2])
    client = Creatify("bench-id", "bench-key", url, max_retries=0, timeout=300)
    avatars = client.avatars  # made on first use, with the modules it needs
    personas_v2_create.sync_detailed  # noqa: B018 - runs the module (it runs on first use)
    Path("/proc/self/clear_refs").write_text("5")  # reset the peak (VmHWM)
    before = status_kib("VmRSS")
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    avatars.create_from_files(video, creator_name="Bench", gender="m")
    seconds = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    growth = status_kib("VmHWM") - before
    result = {"seconds": seconds, "cpu_seconds": cpu, "rss_growth_kib": growth}
    print(json.dumps(result))


if __name__ == "__main__":
    main()

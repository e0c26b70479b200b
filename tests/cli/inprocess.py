"""Run the `creatify` command inside the test process (click's CliRunner).

A new Python process costs seconds on a busy 2-core machine (the interpreter, then the
generated client's few hundred modules), and the CLI tests run the command about 150
times. The command's own code is the same either way: `cli` with its arguments and
environment, stdout and stderr captured separately and not terminals, the exit code
from its `SystemExit`. What only a real process shows (Ctrl-C, a terminal's progress
bars, the installed console script) is tested with one in test_new_user.py,
test_progress_bars.py and test_entry.py.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Mapping
from pathlib import Path

from click.testing import CliRunner
from creatify.cli.main import cli


def invoke(
    args: tuple[str, ...] | list[str], env: Mapping[str, str], cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`creatify ARGS` in the environment `env` (for the call only); a CompletedProcess
    like `subprocess.run(..., capture_output=True, text=True)` gives."""
    # What `env` leaves out is removed for the call, as in a process started with it.
    settings: dict[str, str | None] = {k: None for k in os.environ if k not in env}
    settings.update({k: v for k, v in env.items() if os.environ.get(k) != v})
    with contextlib.chdir(cwd) if cwd is not None else contextlib.nullcontext():
        result = CliRunner().invoke(cli, list(args), env=settings, prog_name="creatify")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback a real process would print: fail loudly
    return subprocess.CompletedProcess(
        ["creatify", *args], result.exit_code, result.stdout, result.stderr
    )

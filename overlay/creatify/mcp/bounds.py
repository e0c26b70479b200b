"""How long the MCP tools take at most, and how long a create is remembered.

Apart from `tools.py`, so that the server's instructions (`server.py`) state them
without loading the tools (and the SDK's job kinds) to answer `initialize`.
"""

# An identical create within this long returns the earlier job (`journal.py`).
REUSE_SECONDS = 10 * 60.0
# How long one tool call may take when the API does not answer: every request it makes
# ends by then, its retries included (`_timeouts.ending_within`). Also a wait's longest
# `seconds`. Below the 60 s time-out of common MCP clients.
CALL_SECONDS = 50.0
# The check after a wait's time ran out: a wait ends within its `seconds` and this.
FINAL_GET_SECONDS = 5.0
# A download's file is read as long as bytes keep coming: it fails after this long
# without one (its request, until the answer starts, within `CALL_SECONDS`).
STALL_SECONDS = 30.0

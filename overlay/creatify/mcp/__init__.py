"""`creatify mcp`: the Creatify API as Model Context Protocol tools, for AI agents.

Needs the `mcp` extra (`pip install "creatify[mcp]"`). The tools are derived from the
job kinds (`creatify._jobs.JOB_KINDS`, `tools.py`); `server.py` serves them over stdio
or streamable HTTP on loopback. See docs/mcp.md.
"""

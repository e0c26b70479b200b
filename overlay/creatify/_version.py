"""The SDK's version, in a module of its own: `creatify.__version__` and
`creatify --version` read it without importing httpx or the client."""

SDK_VERSION = "0.1.0"

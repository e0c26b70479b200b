"""Test your code without the service: `FakeCreatify`, pytest fixtures, `creatify mock`.

>>> from creatify.testing import FakeCreatify
>>> fake = FakeCreatify()
>>> client = fake.client()

The pytest plugin (`creatify.testing.pytest_plugin`, registered by `pip install
"creatify[testing]"`) gives the fixtures `creatify_fake`, `creatify_client`,
`async_creatify_client` and `creatify_mock_server`. The guide: docs/guides/testing-your-code.md.
"""

from ._fake import FakeCreatify, RecordedRequest

__all__ = ["FakeCreatify", "RecordedRequest"]

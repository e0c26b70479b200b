"""The names `cli/products.py` imports from here, until the one CLI framework replaces it:
every request body is now built in `_requests.py` (the options are `_options.py`)."""

from ._options import LinkParams, ProductVideoOptions
from ._requests import product_video_request

__all__ = ["LinkParams", "ProductVideoOptions", "product_video_request"]

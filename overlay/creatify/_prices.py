"""The asset generator's published per-output prices, for `estimate_credits`.

From the vendor's reference page (creatify.mintlify.app/api-reference/ai-generation/
post-ai-generation): "total cost = per-output price x number of outputs". The crawl of
its table is cut short, so a model not below is "unknown", never a guess. The service's
`credits_used` on the finished job is what is charged.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from ._exceptions import InvalidInputError

Unknown = Literal["unknown"]

# Model -> credits per output, or {seconds: credits} where the video's length sets it.
ASSET_PRICES: Mapping[str, int | Mapping[int, int]] = {
    "kling-video/v1.6/pro/image-to-video": {5: 12, 10: 24},
    "kling-video/v1.6/pro/text-to-video": {5: 12, 10: 24},
    "veo3.1": {4: 32, 6: 48, 8: 64},
    "veo3.1/fast": {4: 16, 6: 24, 8: 32},
    "veo3.1/image-to-video": 64,
    "veo3.1/first-last-frame-to-video": 64,
    "veo3.1/reference-to-video": 64,
    "flux-pro/kontext/text-to-image": 4,
    "flux-pro/kontext/max/multi": 4,
    "nano-banana": 4,
    "nano-banana/edit": 4,
}


def estimate_credits(
    model_name: str, outputs: int = 1, *, duration: int | str | None = None
) -> int | Unknown:
    """The credits `outputs` files of `model_name` cost by the vendor's published table
    (`duration` seconds for the video models priced by length: 5, or "5" as the model's
    `input_params_schema` spells it), or "unknown". Free: it sends no request
    (`client.asset_generator.estimate_credits`)."""
    if isinstance(outputs, bool) or not isinstance(outputs, int) or outputs < 1:
        raise InvalidInputError("outputs", f"must be a whole number from 1, got {outputs!r}")
    if isinstance(duration, str) and duration.isdecimal():
        duration = int(duration)
    if duration is not None and (
        isinstance(duration, bool) or not isinstance(duration, int) or duration < 1
    ):
        rule = f'must be a whole number of seconds from 1 (5 or "5"), got {duration!r}'
        raise InvalidInputError("duration", rule)
    price = ASSET_PRICES.get(model_name)
    if isinstance(price, Mapping):
        price = price.get(duration) if duration is not None else None
    return "unknown" if price is None else price * outputs

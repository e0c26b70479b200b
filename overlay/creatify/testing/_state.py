"""The mock's state machine: records, job progress, outcomes, webhooks due, pagination.

Pure Python, stdlib only, no HTTP: the repository mock's HTTP layer (mock/layer.py) and
`FakeCreatify` (_fake.py) call it. Time comes from the injected `clock` (seconds since
the epoch, `time.time` by default), so a test moves it by hand. What a job does is
described per area in _resources.py.

A record belongs to one account (the `X-API-ID` it was created with) and reads back as
`snapshot(now)`: the create's fields, then statuses over `seconds`, then the outcome with
output URLs under the record's `media_base`.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from ._resources import IAB_SIZES, MEDIA_FILES, Area, Stage

log = logging.getLogger("creatify.testing")
Clock = Callable[[], float]
OUTCOMES = ("done", "failed", "rejected")
MARKER = re.compile(r"\[mock:(done|failed|rejected)\]")
DEFAULT_REASONS = {
    "failed": "The mock was asked to fail this job.",
    "rejected": "The mock was asked to reject this job.",
}


def iso(now: float) -> str:
    return datetime.fromtimestamp(now, timezone.utc).isoformat()


def outcome_of(area: Area, chosen: str | None, name: object = None) -> str:
    """The outcome a create asked for: `X-Mock-Outcome`, else `[mock:...]` in its name (an
    action has no marker). A 400 naming the one that asks `rejected` of an area whose jobs
    never end so: a wait for one could not end."""
    marker = MARKER.search(str(name or ""))
    outcome = chosen if chosen in OUTCOMES else marker.group(1) if marker else "done"
    if outcome == "rejected" and not area.rejected:
        asker = "X-Mock-Outcome" if chosen in OUTCOMES else area.name_field
        raise Answer(400, {asker: [f"{area.name} jobs are never rejected: ask for failed."]})
    return outcome


def is_acceptable_webhook_url(url: str) -> bool:
    """Loopback receivers only, written plainly: `localhost`, `127.x.x.x` or `[::1]`.

    Other spellings that some resolvers take for loopback (`2130706433`, `0x7f000001`,
    `0177.0.0.1`, `127.1`, `[::ffff:127.0.0.1]`) are refused, and so is every public host:
    the mock must not be a way to reach other machines.
    """
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return False
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if address.version == 6:
        return address == ipaddress.IPv6Address("::1")
    return address.is_loopback and str(address) == host


@dataclass(frozen=True)
class JobOptions:
    """What a create or an action asks of its job: the mock's `X-Mock-*` headers
    (`_faults.job_options`), or the outcomes queued by `FakeCreatify.fail_next`."""

    seconds: float | None = None
    outcome: str | None = None
    failed_reason: str | None = None
    # Deliveries per end: -1 for the default rule (State.delivery).
    webhook_repeat: int = -1


@dataclass
class Record:
    area: Area
    id: str
    account: str
    body: dict[str, Any]
    stage: Stage
    webhook_url: str | None
    webhook_repeat: int
    # Output URLs are `{media_base}/media/<file>`.
    media_base: str
    # The job of the current stage, as `State._run` starts it.
    started: float = 0.0
    seconds: float = 0.0
    outcome: str = "done"
    failed_reason: str | None = None
    generation: int = 0
    photo_ids: tuple[str, ...] = ()
    chosen_photo: str | None = None

    def media(self, kind: str) -> str:
        return f"{self.media_base}/media/{MEDIA_FILES[kind]}"

    def photos(self) -> list[dict[str, Any]]:
        created = self.body.get("created_at")
        image = self.media("jpg")
        return [{"id": p, "image": image, "created_at": created} for p in self.photo_ids]

    def snapshot(self, now: float) -> dict[str, Any]:
        """The record as a GET at `now` sees it."""
        area, stage = self.area, self.stage
        data = dict(self.body)
        # Clamped at 0 too: a wall clock stepped back (NTP) must not make it negative.
        f = 1.0 if self.seconds <= 0 else min(1.0, max(0.0, now - self.started) / self.seconds)
        ended = f >= 1.0 or not stage.steps
        ok = not stage.final or self.outcome == "done"
        if not ended:
            # The last step (`running`) takes most of the time; progress rises through it.
            n = len(stage.steps)
            last_start = 0.3 if n > 1 else 0.0
            if f >= last_start:
                status, progress = stage.steps[-1], (f - last_start) / (1 - last_start)
            else:
                status, progress = stage.steps[int(f / last_start * (n - 1))], 0.0
        elif ok:
            status, progress = stage.done, 1.0 if stage.final else 0.0
        else:
            status, progress = area.failed if self.outcome == "failed" else self.outcome, 0.0
        if area.status_field:
            data[area.status_field] = status
        if area.progress_field:
            data[area.progress_field] = round(progress, 2)
        made = ended and ok
        for name, kind in stage.outputs.items():
            file = self.media(kind.rstrip("[]{}"))
            if kind.endswith("{}"):
                data[name] = dict.fromkeys(IAB_SIZES, file) if made else None
            elif kind.endswith("[]"):
                count = max(1, int(self.body.get("output_nums") or 1))
                data[name] = [file] * count if made else []
            else:
                data[name] = file if made else None
        if stage.photos:
            data["photos"] = self.photos() if ended else []
        if stage.reviews_photo:
            data["reviews"] = [self._review(status if ended else "pending", made)]
        data.update(area.when_done if made and stage.final else area.while_running)
        if ended and not ok:
            data["failed_reason"] = self.failed_reason
        data["updated_at"] = iso(now)
        return data

    def _review(self, status: str, approved: bool) -> dict[str, Any]:
        photo = next((p for p in self.photos() if p["id"] == self.chosen_photo), None)
        # The avatar made from the photo; its id is fixed by the record's.
        creator_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"creatify-mock:{self.id}"))
        image = self.media("jpg")
        creator = {
            "id": creator_id,
            "squared_preview_image": image,
            "portrait_preview_image": image,
        }
        rejected = status not in ("pending", "done")
        return {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"creatify-mock:review:{self.id}")),
            "status": status,
            "comment": self.failed_reason if rejected else None,
            "photo": photo,
            "creator": creator if approved else None,
            "social_link": None,
        }

    def webhook_payload(self, now: float) -> dict[str, Any]:
        snap = self.snapshot(now)
        key = self.area.webhook_output_key
        if key is None:
            return snap
        return {
            "id": self.id,
            "status": snap.get(self.area.status_field),
            "failed_reason": snap.get("failed_reason"),
            key: snap.get(self.area.webhook_output_field),
            **{name: snap.get(name) for name in self.area.webhook_fields},
        }


@dataclass(frozen=True)
class Delivery:
    """A webhook to send now: `times` POSTs of `payload` to `url`."""

    record_id: str
    url: str
    payload: dict[str, Any]
    times: int


@dataclass(eq=False)
class Answer(Exception):
    """What a request gets: `status`, its `body` (JSON in DRF's shapes; bytes for media)
    and headers. Raised where the answer is known before a later step would run (a
    request refused: an action the record's state does not allow, a page the list has
    not, a body or header DRF refuses; a DELETE's 204): the fake and the mock send it."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class State:
    """Every record of every account, and the log of webhooks sent or refused."""

    clock: Clock
    job_seconds: float = 4.0
    records: dict[tuple[str, str], Record] = field(default_factory=dict)
    # What the HTTP layer delivered or refused: {"id", "url", then "status"|"error"|"refused"}.
    webhooks: list[dict[str, Any]] = field(default_factory=list)
    jobs_ended: int = 0
    # Webhooks to send once the clock passes their time: (due, record, generation).
    scheduled: list[tuple[float, Record, int]] = field(default_factory=list)
    # Outcomes (and reasons) queued for the next creates, by area name.
    queued: dict[str, deque[tuple[str, str | None]]] = field(default_factory=dict)

    # ------------------------------------------------------------ records

    def create(
        self,
        *,
        area: Area,
        stage: Stage,
        account: str,
        data: dict[str, Any],
        media_base: str,
        options: JobOptions = JobOptions(),
        webhook_url: str | None = None,
    ) -> Record:
        """A new record of `area` from `data` (the answer's fields, request values merged),
        its job run as `options` ask (an outcome not given: `done`)."""
        now = self.clock()
        record_id = str(uuid.uuid4())
        body = {**data, "id": record_id, "created_at": iso(now), "updated_at": iso(now)}
        body.update(stage.on_start)
        record = Record(
            area=area,
            id=record_id,
            account=account,
            body=body,
            stage=stage,
            webhook_url=webhook_url or None,
            webhook_repeat=options.webhook_repeat,
            media_base=media_base,
            photo_ids=tuple(str(uuid.uuid4()) for _ in range(stage.photos)),
        )
        self._run(record, stage, options, now)
        self.records[(account, record_id)] = record
        return record

    def get(self, account: str, area: Area, record_id: str) -> Record | None:
        record = self.records.get((account, record_id.lower()))
        return record if record is not None and record.area is area else None

    def records_of(self, account: str, area: Area) -> list[Record]:
        """The account's records of an area, newest first."""
        mine = [r for r in self.records.values() if r.area is area and r.account == account]
        return mine[::-1]

    def update(self, record: Record, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Change a record's fields (PUT), nesting them as the area's answer does."""
        now = self.clock()
        body = record.snapshot(now)
        if nest := record.area.nest:
            body[nest] = {**(body.get(nest) or {}), **fields}
        else:
            body.update(fields)
        body["updated_at"] = iso(now)
        record.body = body
        return record.snapshot(now)

    def start_action(
        self, record: Record, stage: Stage, options: JobOptions, fields: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Start another stage on a record (render, gen_video, submit_for_review)."""
        now = self.clock()
        status = str(record.snapshot(now).get(record.area.status_field, ""))
        paused = not record.stage.final
        if stage.after and not (paused and status in stage.after):
            # The spec's 400 (an object); the service's words are not documented.
            # Not paused: its own job runs (not a preview), or this step was asked for.
            why = "" if paused else " and awaits no step (not a preview, or it was asked for)"
            due = " or ".join(stage.after)
            rule = f"This task is {status}{why}; it must be {due}, awaiting it."
            raise Answer(400, {"non_field_errors": [rule]})
        chosen = None
        if stage.reviews_photo:
            chosen = str(fields.get("chosen_photo_id") or "").lower()
            if chosen not in record.photo_ids:
                raise Answer(400, {"chosen_photo_id": ["Choose one of the request's photos."]})
        record.body = record.snapshot(now)
        record.generation += 1
        record.chosen_photo = chosen or record.chosen_photo
        self._run(record, stage, options, now)
        return record.snapshot(now)

    def _run(self, record: Record, stage: Stage, options: JobOptions, now: float) -> None:
        """(Re)start the job of `record` on `stage` at `now` (the caller's: a snapshot at
        it must not see the job start later), for the time and outcome asked."""
        record.stage, record.started = stage, now
        record.seconds = self.job_seconds if options.seconds is None else options.seconds
        if options.outcome in OUTCOMES:
            record.outcome = options.outcome
            record.failed_reason = options.failed_reason or DEFAULT_REASONS.get(options.outcome)
        if stage.sends_webhook and record.webhook_url:
            due = record.started + max(0.0, record.seconds)
            self.scheduled.append((due, record, record.generation))

    def options_for(self, area: Area, options: JobOptions) -> JobOptions:
        """What a create of `area` asks of its job: the request's headers, else the next
        outcome queued for the area (`FakeCreatify.fail_next` and `reject_next`)."""
        queue = self.queued.get(area.name)
        if options.outcome is not None or options.failed_reason is not None or not queue:
            return options  # the request's own headers win
        outcome, reason = queue.popleft()
        return replace(options, outcome=outcome, failed_reason=reason)

    # ------------------------------------------------------------ webhooks

    def due(self) -> list[Delivery]:
        """The webhooks to send now: of the jobs whose end the clock has passed. A record
        whose webhook cannot be made is logged and skipped: it costs no other its own."""
        now = self.clock()
        ended = [(record, gen) for due, record, gen in self.scheduled if due <= now]
        self.scheduled = [entry for entry in self.scheduled if entry[0] > now]
        deliveries = []
        for record, generation in ended:
            try:
                delivery = self.delivery(record, generation)
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}"
                self.webhooks.append({"id": record.id, "url": record.webhook_url, "error": error})
                log.warning("webhook for job %s not made: %s", record.id, error)
                continue
            if delivery is not None:
                deliveries.append(delivery)
        return deliveries

    def delivery(self, record: Record, generation: int) -> Delivery | None:
        """The webhook to send now that the job ended, or None (refused ones are logged).

        Sometimes twice, as the vendor warns: by default every second job that ends gets
        two deliveries; `webhook_repeat` (the `X-Mock-Webhook-Repeat` header) fixes it.
        """
        stage = record.stage
        if record.generation != generation or not record.webhook_url or not stage.sends_webhook:
            return None
        self.jobs_ended += 1
        url = record.webhook_url
        if not is_acceptable_webhook_url(url):
            self.webhooks.append({"id": record.id, "url": url, "refused": True})
            log.warning("refused webhook for %s to %s: loopback addresses only", record.id, url)
            return None
        times = record.webhook_repeat
        if times < 0:
            times = 2 if self.jobs_ended % 2 == 0 else 1
        return Delivery(record.id, url, record.webhook_payload(self.clock()), times)


# ---------------------------------------------------------------- lists


def keep_matching(
    items: Iterable[dict[str, Any]], query: Mapping[str, str]
) -> list[dict[str, Any]]:
    """The items a list's query keeps: by `ids`, and by every other parameter (the list's
    operation's, checked), a field whose value is one of its comma-separated values;
    `ordering` keeps every item (`ordered` sorts them)."""
    wanted = {
        name: set(text.split(","))
        for name, text in query.items()
        if name not in ("ids", "ordering")
    }
    ids = set(query["ids"].lower().split(",")) if query.get("ids") else None
    return [
        item
        for item in items
        if (ids is None or str(item.get("id", "")).lower() in ids)
        and all(item.get(name) in values for name, values in wanted.items())
    ]


def ordered(items: list[dict[str, Any]], ordering: str | None) -> list[dict[str, Any]]:
    """The items as DRF's OrderingFilter sorts them by `ordering`: by each comma-separated
    field in turn, a leading `-` descending. A field no item has leaves the order as it
    was (DRF ignores a field it does not know), as no `ordering` does (newest first)."""
    for term in reversed([term.strip() for term in (ordering or "").split(",")]):
        name = term.removeprefix("-")
        items = sorted(items, key=lambda item: sort_key(item.get(name)), reverse=name != term)
    return items


def sort_key(value: object) -> tuple[int, int, Any]:
    """A field's value as the database orders it (PostgreSQL: null after every value,
    first when descending); numbers, text and other values (by their text) apart, so
    that no two are compared across types."""
    if value is None:
        return (1, 0, 0)
    if isinstance(value, (int, float)):
        return (0, 0, value)
    return (0, 1, value) if isinstance(value, str) else (0, 2, str(value))


def unique_by_id(items: Iterable[Any]) -> list[Any]:
    """Items with an id already seen left out (a list never shows one twice)."""
    seen: set[str | None] = set()
    unique = []
    for item in items:
        key = str(item["id"]) if isinstance(item, dict) and item.get("id") is not None else None
        if key is None or key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


LAST_PAGE = "last"  # DRF's PageNumberPagination.last_page_strings
INVALID_PAGE = {"detail": "Invalid page."}
PAGING = ("page", "page_size")  # the query parameters `paginate` reads itself


def page_size_of(text: str | None, default: int) -> int:
    """`page_size` as DRF's `get_page_size` reads it (`_positive_int`, strict): a
    positive integer, else the default (no 400: DRF ignores a bad one)."""
    try:
        size = int(text) if text is not None else default
    except ValueError:
        return default
    return size if size > 0 else default


def paginate(
    items: list[Any], page: str | None, page_size: int, page_url: Callable[[int], str | None]
) -> dict[str, Any]:
    """DRF's PageNumberPagination: `{count, next, previous, results}`; `next` is null on
    the last page. `page_url(n)` is the URL of page n. `page` is the parameter's text as
    DRF reads it: missing or blank is page 1, `last` the last page; DRF's 404 `Invalid
    page.` for text `int()` refuses (`abc`, `1.0`), a page below 1 or past the last
    (page 1 of an empty list excepted)."""
    pages = max(1, -(-len(items) // page_size))
    try:
        number = pages if page == LAST_PAGE else int(page or 1)
    except ValueError:
        raise Answer(404, INVALID_PAGE) from None
    if not 1 <= number <= pages:
        raise Answer(404, INVALID_PAGE)
    start = (number - 1) * page_size
    return {
        "count": len(items),
        "next": page_url(number + 1) if number < pages else None,
        "previous": page_url(number - 1) if number > 1 else None,
        "results": items[start : start + page_size],
    }

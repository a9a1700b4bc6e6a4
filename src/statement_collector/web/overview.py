"""The overview page's figures: counts, replies over time (drawn as SVG by a template), groups, late replies."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from ..compilation import printed_name
from ..config import Settings
from ..models import Statement, Status
from ..review import snippet
from ..store import Store

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 720, 200, 36, 28, 12
"""The chart's size in SVG units and its margins (axis labels left and below)."""


class Bar(NamedTuple):
    """One bucket of the chart, placed."""

    x: float
    y: float
    width: float
    height: float
    replies: int
    label: str
    show_label: bool


def overview(store: Store, settings: Settings) -> dict[str, Any]:
    """What the overview page shows."""
    timeline = store.timeline()  # the chart needs only times; groups and late replies read their statements
    deadline = settings.campaign.deadline
    deadline = deadline if deadline is None or deadline.tzinfo else deadline.astimezone()
    wanted = [i for i, when, status, group in timeline if status in (Status.ACCEPTED, Status.REVIEW) and (
        group is not None or deadline is not None and when > deadline)]
    some = store.statements_by_id(wanted)
    return {
        "counts": store.counts(),
        "chart": chart([when for _, when, status, _ in timeline if status is not Status.REJECTED]),
        "groups": groups(some, settings),
        "late": late(some, settings),
        "deadline": settings.campaign.deadline,
    }


def chart(times: Sequence[datetime]) -> dict[str, Any]:
    """Replies per hour (over a span of up to three days), per day, or per week, as bars and axis ticks."""
    if not times:
        return {"bars": [], "ticks": [], "width": WIDTH, "height": HEIGHT, "unit": "day", "peak": 0}
    first, last = min(times), max(times)
    span = last - first
    unit, step = (("hour", timedelta(hours=1)) if span <= timedelta(days=3) else
                  ("day", timedelta(days=1)) if span <= timedelta(days=120) else ("week", timedelta(weeks=1)))
    start = _floor(first, unit)
    buckets = Counter(int((t - start) / step) for t in times)
    n = max(buckets) + 1
    peak = max(buckets.values())
    inner_w, inner_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    slot = inner_w / n
    every = max(1, round(n / 8))
    bars = []
    for i in range(n):
        height = inner_h * buckets[i] / peak
        when = start + i * step
        label = when.strftime("%H:%M" if unit == "hour" else "%b %d")
        if unit == "hour" and when.hour == 0:
            label = when.strftime("%b %d")
        bars.append(Bar(LEFT + i * slot + slot * 0.1, TOP + inner_h - height, max(slot * 0.8, 1), height,
                        buckets[i], label, i % every == 0))
    ticks = [(TOP + inner_h - inner_h * v / peak, v) for v in sorted({0, peak // 2, peak}) if v or peak == 0]
    return {"bars": bars, "ticks": ticks, "width": WIDTH, "height": HEIGHT, "unit": unit, "peak": peak,
            "left": LEFT, "baseline": TOP + inner_h}


def _floor(when: datetime, unit: str) -> datetime:
    if unit == "hour":
        return when.replace(minute=0, second=0, microsecond=0)
    day = when.replace(hour=0, minute=0, second=0, microsecond=0)
    return day if unit == "day" else day - timedelta(days=day.weekday())


def groups(statements: Sequence[Statement], settings: Settings) -> list[dict[str, Any]]:
    """Texts sent by several supporters (form letters): the text and every signer's printed name."""
    members: dict[int, list[Statement]] = defaultdict(list)
    for s in statements:
        if s.group is not None and s.status is Status.ACCEPTED:
            members[s.group].append(s)
    return [{"id": group, "text": snippet(found[0].text, 160), "signers": [
        {"id": s.id, "name": printed_name(s, settings)} for s in found]}
        for group, found in sorted(members.items(), key=lambda kv: -len(kv[1]))]


def late(statements: Sequence[Statement], settings: Settings) -> list[Statement]:
    """Accepted or held statements received after the deadline: kept, listed, never compiled."""
    deadline = settings.campaign.deadline
    if deadline is None:
        return []
    deadline = deadline if deadline.tzinfo else deadline.astimezone()
    return [s for s in statements if s.status in (Status.ACCEPTED, Status.REVIEW) and s.received_at > deadline]

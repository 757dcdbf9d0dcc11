"""A plan as a person reads it in the store's messages: its title, never its id."""

from __future__ import annotations

from sqlmodel import Session, select

from store.models import Plan


def plan_name(session: Session, plan_id: str) -> str:
    """The plan's title in quotes (its id only when the store does not hold the plan)."""
    title = session.exec(select(Plan.title).where(Plan.plan_id == plan_id)).first()
    return f"„{title}”" if title else plan_id

"""The sidebar panel of every page: presentation mode, the council pack in one click, and the
archive of packs already delivered (downloaded again byte for byte)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import streamlit as st

from display.filters import Filters
from display.fmt import fmt_date
from pack.archive import Manifest, PackNotFoundError, list_packs, read_pack_file
from pack.model import pack_spec
from ui import share_link
from views.model import PageModel

Tr = Callable[..., str]
MIME = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pdf": "application/pdf",
}
_LAST = "pack_last_id"


def _start_presentation() -> None:
    st.query_params["prezentare"] = "1"
    st.query_params["slide"] = "1"


def _downloads(manifest: Manifest, tr: Tr, key: str) -> None:
    """Download buttons for the archived files of one pack (bytes read back from the archive)."""
    row = st.container(horizontal=True)
    for entry in manifest.files:
        kind = entry.name.rsplit(".", 1)[-1]
        try:
            data = read_pack_file(manifest.pack_id, entry.name)
        except PackNotFoundError as exc:
            st.error(str(exc))
            continue
        row.download_button(
            tr(f"pack.download_{kind}"), data, file_name=entry.name, mime=MIME.get(kind),
            key=f"{key}-{kind}", on_click="ignore", icon=":material/download:",
        )  # fmt: skip


def _archive(tr: Tr, lang: str) -> None:
    packs = list_packs()
    with st.expander(tr("pack.archive"), icon=":material/inventory_2:"):
        if not packs:
            st.caption(tr("pack.archive_empty"))
            return
        by_id = {m.pack_id: m for m in packs}

        def label(pack_id: str) -> str:
            m = by_id[pack_id]
            created = datetime.fromisoformat(m.created_at)
            time = f"{fmt_date(created, lang)} {created:%H:%M}"
            filters = ", ".join(m.filters.values())
            return tr("pack.archive_item", time=time, page=m.page_title, filters=filters)

        chosen = st.selectbox(tr("pack.archive_pick"), list(by_id), format_func=label)
        if chosen:
            st.caption(tr("pack.id", id=chosen))
            _downloads(by_id[chosen], tr, "pack-archived")
        st.caption(tr("pack.archive_note"))


def render(page: PageModel | None, filters: Filters, tr: Tr, *, page_path: str, as_of: str) -> None:
    """The panel, in the sidebar: presentation mode, pack button and downloads, archive."""
    with st.sidebar:
        st.divider()
        st.button(
            tr("pres.start"), on_click=_start_presentation, help=tr("pres.start_help"),
            icon=":material/slideshow:", key="pres-start",
        )  # fmt: skip
        share_link.render(tr, page_path=page_path)
        st.subheader(tr("pack.panel"))
        shown = page.shown if page is not None else []
        if page is None or (not shown and not page.kpi_pairs):
            st.caption(tr("pack.nothing"))
        else:
            titles = {v.key: v.title for v in shown}
            chosen = st.multiselect(
                tr("pack.views"), list(titles), default=list(titles),
                format_func=lambda key: titles[key], key=f"pack-views-{page_path or 'home'}",
                placeholder=tr("pack.views_placeholder"),
            )  # fmt: skip
            if st.button(
                tr("pack.make"), type="primary", help=tr("pack.make_help"),
                icon=":material/folder_zip:", key="pack-make",
            ):  # fmt: skip
                # the builder (kaleido, python-pptx, fpdf2: ~35 MB) loads on the first click only
                from pack.build import make_pack
                from pack.render import RenderError
                from pack.report import FontMissingError

                spec = pack_spec(
                    page, filters, tr, page_path=page_path, as_of=as_of, chosen=chosen,
                    query={str(k): str(v) for k, v in st.query_params.to_dict().items()},
                )  # fmt: skip
                try:
                    with st.spinner(tr("pack.making")):
                        manifest = make_pack(spec)
                    st.session_state[_LAST] = manifest.pack_id
                except (RenderError, FontMissingError, OSError) as exc:
                    st.error(tr("pack.error", reason=str(exc)))
        last = st.session_state.get(_LAST)
        if last:
            latest = next((m for m in list_packs() if m.pack_id == last), None)
            if latest is not None:
                st.success(tr("pack.ready", id=last))
                _downloads(latest, tr, "pack-last")
        _archive(tr, filters.lang)

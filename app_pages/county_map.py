"""County map (/harta): the model of `views.county_map` for the registry year, metric and
distance component chosen here (`?an=`, `?metrica=`, `?componenta_distanta=`), then the profile
of one UAT (`views.uat_profile`, `?uat=`) — picked from the list or by a click on the map — with
its one-page PDF."""

import streamlit as st

from display.as_of import data_as_of
from display.inert import md
from domain.components import FILTER_COMPONENTS
from geo.layers import selected_siruta
from pack.profile import one_page_pdf
from ui import context, render, urlstate
from ui import year_select as registry
from views import county_map, uat_profile

f, tr = context.filters(), context.tr()
render.header(tr("map.title"), tr("map.intro"))
registry.stored_or_stop(tr)
c0, c1, c2 = st.columns([1, 2, 1])
reg = registry.year_selector(tr, where=c0)
metric = urlstate.selectbox(
    c1, tr("map.metric"), county_map.METRICS, param="metrica", key="map_metric",
    format_func=lambda m: tr(f"map.m.{m}"),
)  # fmt: skip
if metric == "nearest_km":
    urlstate.selectbox(
        c2, tr("map.distance_component"), FILTER_COMPONENTS, param=county_map.DISTANCE_PARAM,
        key="map_component", format_func=lambda c: tr(f"component.{c}"),
        default=FILTER_COMPONENTS.index(county_map.default_distance_component(f.component)),
    )  # fmt: skip
else:
    urlstate.to_url(county_map.DISTANCE_PARAM, None)
q = context.query()
model = county_map.build(q)
render.body(model, tr, upto=2)  # the map and the ranking
st.download_button(
    tr("map.download_geojson"), lambda: county_map.geojson_bytes(q),
    file_name=f"harta-{metric}.geojson", mime="application/geo+json", key="map-geojson",
    on_click="ignore", icon=":material/download:",
)  # fmt: skip
render.rest(model, tr, start=2)

# the profile's UAT: a new click on the map, else the `?uat=` of a shared link, else the picker;
# written to the address only once the person picks one (a plain /harta stays /harta, and a
# `?uat=` that names no UAT stays as typed, with a notice, until then)
names = uat_profile.uat_names()
clicked = selected_siruta(st.session_state.get(render.deck_key(model.sections[0])))
if clicked in names and clicked != st.session_state.get("map_uat_click"):
    st.session_state["map_uat_click"] = st.session_state["map_uat"] = clicked
    urlstate.mark_picked("map_uat")
from_url, notice = uat_profile.uat_of(q)
if "map_uat" not in st.session_state and from_url is not None:
    st.session_state["map_uat"] = from_url
if notice and not urlstate.picked("map_uat"):
    st.warning(md(notice), icon=":material/info:")
pick = st.selectbox(
    tr("map.pick"), sorted(names, key=lambda s: names[s]), format_func=lambda s: names[s],
    key="map_uat", **urlstate.on_pick("map_uat"),
)  # fmt: skip
if urlstate.picked("map_uat") or from_url is not None:
    urlstate.to_url("uat", pick)
st.caption(tr("map.pick_hint"))
profile = uat_profile.build(context.query(uat=pick))
st.subheader(md(profile.title))
st.download_button(
    tr("map.profile.pdf"),
    lambda: one_page_pdf(
        profile, f.lang,
        subtitle=tr("map.profile.pdf_year", year=reg.year, as_of=data_as_of(f.lang)),
    ),
    file_name=f"profil-uat-{pick}.pdf", mime="application/pdf", key="map-profile-pdf",
    on_click="ignore", icon=":material/picture_as_pdf:", help=tr("map.profile.pdf_help"),
)  # fmt: skip
render.body(profile, tr, with_glossary=False)  # the map's list above covers the page
render.remember(model)  # the page's model (slides, pack) is the map's, not the profile's

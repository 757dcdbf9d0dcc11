"""Page builders: `Query → PageModel`, pure (no Streamlit), cached on plain values. One renderer
(`ui.render`) draws a model on screen and as slides; the council pack is built from the same
model (`pack`)."""

"""How numbers, words, charts and tables look, without Streamlit: formats, strings and
translations, plotly figures, tables as frames, download bytes. Used by views, pack and ui."""

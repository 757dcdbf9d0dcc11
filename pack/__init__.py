"""The council pack: a page's views as a PPTX deck and a PDF report, archived under var/packs/.

No Streamlit here: the builders take the views a page collected (`pack.model`) and return bytes.
"""

"""Deals: the pipeline board, the deals list beside it, and the deal detail pane."""

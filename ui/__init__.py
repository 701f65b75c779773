"""Rapport's Qt interface. Only this package imports Qt widgets."""

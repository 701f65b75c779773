"""The Leads section (issue 18, point 2): people and companies not yet qualified."""

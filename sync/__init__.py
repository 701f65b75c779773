"""Two-way CardDAV/CalDAV sync. The engine arrives with the sync issue; this package stays free of Qt."""

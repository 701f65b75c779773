"""Qt item models over the app's list queries."""

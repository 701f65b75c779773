"""The dashboard: funnel, forecast, win rate, activities and overdue tasks, drawn with QPainter."""

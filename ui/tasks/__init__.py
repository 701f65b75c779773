"""The Tasks view: Overdue, Today, Upcoming and Done lists with a quick-add line."""

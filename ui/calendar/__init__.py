"""The calendar: day, week and month views of meetings and task due dates."""

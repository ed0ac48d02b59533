"""What the office hands out, made from a VisitPlan: text, calendars, lists and printed pages."""

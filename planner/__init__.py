"""Delegation Planner: plan official visits offline and hand out what a protocol office needs."""

__version__ = "0.1.0"
APP_ID = "org.delegationplanner.DelegationPlanner"
APP_NAME = "Delegation Planner"

"""Behaviour eval: compile algorithms against an executable framework and check their effects.

See ``docs/behaviour-eval.md`` for the case/scenario contract.
"""

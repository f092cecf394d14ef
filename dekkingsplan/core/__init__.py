"""The product's brain: money, months, the plan model and its names, validation, edits and the changes they
list, projection, indicators, deadlines, plan JSON.

Pure Python: nothing here imports Qt, SQLAlchemy, openpyxl or matplotlib.
"""

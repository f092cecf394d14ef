"""The product's brain: money, months, the plan model, validation, projection, indicators, deadlines, plan JSON.

Pure Python: nothing here imports Qt, SQLAlchemy, openpyxl or matplotlib.
"""

"""View models: what a screen shows — its rows, fields, totals, comparisons and tones — computed without widgets,
so that a plain test can read it; the screen only words it, colours it and forwards what is typed.

No module here imports Qt (a test checks it): values are typed (cents, months, dates, core's enums), a colour is
a ``Tone``, and words are left to the screen, which has the window's translations. A screen in ``ui/screens``
builds its widgets over its view here (``lines`` serves Begroting and Dekking); ``cells`` names the kinds of value a
cell holds and reads what a treasurer types."""

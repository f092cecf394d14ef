"""What the Projecten screen shows: the plan's projects with how many lines each has, the project chosen, its own
figures per year (``views.year_figures``: Tekort included, no reserve), and what removing a project does to its lines. No widgets here:
the screen words the rows and asks the question; core's ``remove_project`` makes the edit."""

from __future__ import annotations

from dataclasses import dataclass, replace

from dekkingsplan.core.edits import Batch, ProjectLines, project_lines, remove_project
from dekkingsplan.core.model import Plan, Project, new_id


@dataclass(frozen=True)
class ProjectRow:
    """One project in the list, with the number of its cost lines and sources."""

    project: Project
    costs: int
    sources: int

    @property
    def id(self) -> str:
        return self.project.id


def project_rows(plan: Plan) -> list[ProjectRow]:
    """The plan's projects in the plan's order."""
    costs: dict[str | None, int] = {}
    sources: dict[str | None, int] = {}
    for line in plan.costs:
        costs[line.project] = costs.get(line.project, 0) + 1
    for line in plan.sources:
        sources[line.project] = sources.get(line.project, 0) + 1
    return [ProjectRow(p, costs.get(p.id, 0), sources.get(p.id, 0)) for p in plan.projects]


def chosen_project(plan: Plan, shown: str | None) -> str | None:
    """The project whose figures are shown: the one chosen if it is still there, else the first, else none."""
    if shown is not None and plan.project(shown) is not None:
        return shown
    return plan.projects[0].id if plan.projects else None


def new_project(plan: Plan, name: str) -> Project | None:
    """A project named ``name`` with an id no project has yet; None for a blank name (nothing to add)."""
    name = name.strip()
    if not name:
        return None
    return Project(id=new_id([p.id for p in plan.projects], name), name=name)


def with_name(project: Project, text: object) -> Project:
    """The project renamed; its lines keep their link (by id). A blank name is refused by core's checks."""
    return replace(project, name=str(text).strip())


def with_description(project: Project, text: object) -> Project:
    """The project with its description; blank removes it."""
    return replace(project, description=str(text).strip() or None)


@dataclass(frozen=True)
class Removal:
    """What removing ``project`` concerns: its cost lines and sources. With lines, the treasurer chooses whether
    they stay as running costs (exploitatie) or go with it; without, it goes without a question."""

    project: Project
    costs: int
    sources: int

    @property
    def asks(self) -> bool:
        return bool(self.costs or self.sources)

    def edit(self, plan: Plan, lines: ProjectLines = ProjectLines.UNLINK, label: str = "project verwijderen") -> Batch:
        """One undo step: the lines unlinked or removed, then the project."""
        return remove_project(plan, self.project, lines, label=label)


def removal(plan: Plan, project: Project) -> Removal:
    costs, sources = project_lines(plan, project.id)
    return Removal(project, len(costs), len(sources))

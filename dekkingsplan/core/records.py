"""Records: the value classes of the model and the projection, made as ``@dataclass(frozen=True)`` makes them but
without importing ``dataclasses`` (which brings ``inspect``, ``ast`` and ``dis``: ~6 ms) and without generating
code for every class (~0.3 ms a class) on the way to a command's first line of output.

A record lists its fields as annotations, each with a default or ``field(...)`` where it has one::

    class Project(Record):
        id: str
        name: str
        description: str | None = None

and gets what ``@dataclass(frozen=True, kw_only=True)`` gives: ``__init__`` taking the fields by keyword (a
subclass's after its base's), defaults and default factories, ``__post_init__`` called, ``__eq__`` and
``__hash__`` over the fields, ``__repr__``, and no assignment. ``class X(Record, kw_only=False)`` also takes
them by position (as ``@dataclass(frozen=True)``); ``frozen=False`` allows assignment and is unhashable (as
``@dataclass``). ``dataclasses.replace``, ``fields`` and ``asdict`` work on a record as on a dataclass: it
describes itself in dataclasses' own terms when first asked (``tests/core/test_records.py`` holds each record
to the dataclass it stands for). Type checkers read ``Record`` as a dataclass too (``typing.dataclass_transform``,
seen only by them: at run time the decorator is a no-op and ``typing`` is not imported).
"""

from __future__ import annotations

from operator import attrgetter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, dataclass_transform
else:
    def dataclass_transform(**_options: object):  # what type checkers read; nothing at run time
        return lambda cls: cls

_MISSING = object()


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen record (as ``dataclasses.FrozenInstanceError``)."""


class Field:
    """A field's default, default factory and whether it counts in the hash (``dataclasses.field``'s)."""

    __slots__ = ("default", "default_factory", "hash")

    def __init__(self, default: object = _MISSING, default_factory: object = _MISSING,
                 hash: bool | None = None) -> None:  # noqa: A002 - dataclasses.field's own name
        self.default, self.default_factory, self.hash = default, default_factory, hash


def field(*, default: object = _MISSING, default_factory: object = _MISSING, hash: bool | None = None) -> Any:  # noqa: A002
    """A field with a ``default_factory`` (a new ``dict()`` for each record) or left out of the hash."""
    if default is not _MISSING and default_factory is not _MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, hash)


class _DataclassFields:
    """``__dataclass_fields__``, made when first asked for (by ``dataclasses.replace``, ``fields`` or ``asdict``,
    which then work on a record): the fields of a dataclass made from the record's own description."""

    def __get__(self, record: object, cls: type) -> dict:
        made = cls.__dict__.get("_dataclass_fields")
        if made is None:
            import dataclasses  # only here: see the module's docstring

            specs = []
            for name in cls._names:
                spec = cls._specs[name]
                options: dict = {} if spec.hash is None else {"hash": spec.hash}
                if spec.default is not _MISSING:
                    options["default"] = spec.default
                if spec.default_factory is not _MISSING:
                    options["default_factory"] = spec.default_factory
                specs.append((name, cls._types[name], dataclasses.field(**options)))
            twin = dataclasses.make_dataclass(cls.__name__, specs, frozen=cls._frozen,
                                              kw_only=not cls._positional)
            made = twin.__dataclass_fields__
            type.__setattr__(cls, "_dataclass_fields", made)
        return made


def _getter(names: list[str]):
    """A function giving a record's values of ``names`` as a tuple (``attrgetter`` gives one value alone bare)."""
    if len(names) > 1:
        return staticmethod(attrgetter(*names))
    return staticmethod(lambda record: tuple(getattr(record, name) for name in names))


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(field,))
class Record:
    """The base of a record class; see the module's docstring."""

    __dataclass_fields__ = _DataclassFields()
    # what __init_subclass__ works out for each record class (class attributes, not fields)
    _names: tuple[str, ...] = ()
    _specs: dict[str, Field]
    _types: dict[str, object]
    _frozen: bool
    _positional: bool
    _defaults: dict[str, object]
    _factories: tuple[tuple[str, object], ...]
    _required: tuple[str, ...]
    _post_init: object
    _compared: object
    _hashed: object

    def __init_subclass__(cls, *, frozen: bool = True, kw_only: bool = True, **kwargs: object) -> None:
        positional = not kw_only
        super().__init_subclass__(**kwargs)
        names = list(cls._names)  # the base record's, first
        specs = dict(getattr(cls, "_specs", {}))
        types = dict(getattr(cls, "_types", {}))
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                continue
            value = cls.__dict__.get(name, _MISSING)
            spec = value if isinstance(value, Field) else Field(default=value)
            if isinstance(value, Field):  # as dataclasses: the class keeps a plain default, not the field
                if spec.default is _MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, spec.default)
            if name not in specs:
                names.append(name)
            specs[name], types[name] = spec, annotation
        if positional:
            defaulted = False
            for name in names:
                has_default = specs[name].default is not _MISSING or specs[name].default_factory is not _MISSING
                if defaulted and not has_default:
                    raise TypeError(f"non-default argument '{name}' follows default argument")
                defaulted = defaulted or has_default
        cls._names, cls._specs, cls._types = tuple(names), specs, types
        cls._frozen, cls._positional = frozen, positional
        # what __init__ needs, worked out once: every field's plain default (or a mark), the factories, the
        # fields without a default
        cls._defaults = {name: specs[name].default for name in names}
        cls._factories = tuple((name, specs[name].default_factory) for name in names
                               if specs[name].default_factory is not _MISSING)
        cls._required = tuple(name for name in names if specs[name].default is _MISSING
                              and specs[name].default_factory is _MISSING)
        cls._post_init = getattr(cls, "__post_init__", None)
        cls._compared = _getter(names)
        cls._hashed = _getter([name for name in names if specs[name].hash is not False])
        cls.__match_args__ = tuple(names) if positional else ()
        if not frozen:
            cls.__setattr__ = object.__setattr__  # type: ignore[method-assign,assignment]
            cls.__delattr__ = object.__delattr__  # type: ignore[method-assign,assignment]
            cls.__hash__ = None  # type: ignore[assignment]
        elif "__hash__" not in cls.__dict__:
            cls.__hash__ = Record.__hash__  # type: ignore[method-assign]

    def __init__(self, *args: object, **kwargs: object) -> None:
        cls = type(self)
        if args:
            if not cls._positional or len(args) > len(cls._names):
                raise TypeError(f"{cls.__name__}.__init__() takes {len(cls._names) + 1 if cls._positional else 1} "
                                f"positional arguments but {len(args) + 1} were given")
            for name, value in zip(cls._names, args, strict=False):
                if name in kwargs:
                    raise TypeError(f"{cls.__name__}.__init__() got multiple values for argument '{name}'")
                kwargs[name] = value
        for name in cls._required:
            if name not in kwargs:
                raise TypeError(f"{cls.__name__}.__init__() missing required argument: '{name}'")
        state = dict(cls._defaults)
        state.update(kwargs)
        if len(state) != len(cls._names):
            unknown = next(name for name in kwargs if name not in cls._defaults)
            raise TypeError(f"{cls.__name__}.__init__() got an unexpected keyword argument '{unknown}'")
        for name, factory in cls._factories:
            if name not in kwargs:
                state[name] = factory()  # type: ignore[operator]
        object.__setattr__(self, "__dict__", state)
        if cls._post_init is not None:
            cls._post_init(self)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._compared(self) == self._compared(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._hashed(self))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._names)
        return f"{type(self).__qualname__}({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field '{name}'")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field '{name}'")

"""A griffe extension for `make docs`: the reference shows the types a user meets.

The namespaces inherit `get`, `wait` and `download` from private generic bases
(`class Lipsyncs(Downloads[models.Lipsync])`), so griffe alone
shows the type variable (`get(...) -> J`), and the signatures name private aliases
(`timeout: TimeoutArg`). This extension gives each such class its own copy of the methods
it inherits with the type variable bound (`get(...) -> Lipsync`), and spells a private
alias out as its value (`timeout: float | httpx.Timeout | None`). The models are shown by
the names `creatify` exports them under (`Lipsync`, not `models.Lipsync`).

It changes what the site shows, never the code; mkdocs.yml loads it by path.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

# `creatify` re-exports the generated models: show `Lipsync`, not `models.Lipsync`.
SHOWN_WITHOUT = re.compile(r"\b(?:creatify_api\.models|models|builtins)\.")


def _is_private(path: str) -> bool:
    return any(part.startswith("_") for part in path.split("."))


class PublicTypes(griffe.Extension):
    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        if pkg.path != "creatify":
            return
        self._collection = pkg.modules_collection
        classes = _classes(pkg)
        for cls in classes:
            self._show_static_methods(cls)
        for cls in classes:
            self._bind_inherited(cls)
        for obj in _functions_and_attributes(pkg):
            self._spell_out(obj, {})

    def _lookup(self, path: str) -> griffe.Object | None:
        try:
            found = self._collection.get_member(path)
            return found.final_target if isinstance(found, griffe.Alias) else found
        except (KeyError, ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
            return None

    def _type_variable(self, path: str) -> bool:
        target = self._lookup(path)
        return isinstance(target, griffe.Attribute) and str(target.value).startswith("TypeVar(")

    def _show_static_methods(self, cls: griffe.Class) -> None:
        """`estimate_credits = staticmethod(estimate_credits)` (a module function made a
        method) reads to griffe as an attribute, which the reference hides: show the
        function, with its signature and docstring, as the method it is."""
        for name, member in list(cls.members.items()):
            value = getattr(member, "value", None)
            if not (
                isinstance(value, griffe.ExprCall)
                and str(value.function) == "staticmethod"
                and len(value.arguments) == 1
                and isinstance(value.arguments[0], griffe.ExprName)
            ):
                continue
            # The name as the module sees it (in the class it names the attribute itself).
            target = self._lookup(f"{cls.module.path}.{value.arguments[0].name}")
            if isinstance(target, griffe.Function):
                cls.set_member(name, _copy(target, name, member.lineno or 0))

    def _bind_inherited(self, cls: griffe.Class) -> None:
        """Copy each inherited method into `cls` with its base's type variable bound to the
        argument `cls` gives that base (`Downloads[models.Lipsync]`: J is Lipsync)."""
        bound: dict[str, str] = {}
        for base in cls.bases:
            if not isinstance(base, griffe.ExprSubscript):
                continue
            generic = self._lookup(base.left.canonical_path) if base.left else None
            if not isinstance(generic, griffe.Class):
                continue
            argument = base.slice
            if isinstance(argument, griffe.ExprName) and self._type_variable(
                argument.canonical_path
            ):
                continue  # a generic class passing its own variable on binds nothing
            for variable in _type_variables_of(generic, self._type_variable):
                bound.setdefault(variable, str(argument))
        if not bound:
            return
        after = (cls.endlineno or 0) + 1  # keep the copies after the class's own methods
        for offset, (name, alias) in enumerate(cls.inherited_members.items()):
            target = alias.final_target
            # The constructor too: the reference merges it into the class (`transport:`).
            private = name.startswith("_") and name != "__init__"
            if private or not isinstance(target, griffe.Function):
                continue
            copy = _copy(target, name, after + offset)
            cls.set_member(name, copy)
            self._spell_out(copy, bound)

    def _spell_out(
        self,
        obj: griffe.Function | griffe.Attribute,
        bound: dict[str, str],
    ) -> None:
        """Rewrite the annotations of `obj`: bound type variables, private aliases."""

        def spelled(annotation: str | griffe.Expr | None) -> str | griffe.Expr | None:
            if annotation is None or isinstance(annotation, str):
                return annotation
            text = "".join(
                self._name(part, bound) if isinstance(part, griffe.ExprName) else str(part)
                for part in annotation.iterate(flat=True)
            )
            return SHOWN_WITHOUT.sub("", text)

        if isinstance(obj, griffe.Function):
            for parameter in obj.parameters:
                parameter.annotation = spelled(parameter.annotation)
                parameter.default = self._default(parameter.default)
            obj.returns = spelled(obj.returns)
        else:
            obj.annotation = spelled(obj.annotation)

    def _default(self, default: str | griffe.Expr | None) -> str | griffe.Expr | None:
        """A default that names a private constant (`DEFAULT_TIMEOUT`) shows its value."""
        if not isinstance(default, griffe.ExprName):
            return default
        target = self._lookup(default.canonical_path)
        if isinstance(target, griffe.Attribute) and _is_private(target.path) and target.value:
            return str(target.value)
        return default

    def _name(self, name: griffe.ExprName, bound: dict[str, str]) -> str:
        """A name as the reader should see it: a bound type variable's argument, a private
        alias's value (spelled out in turn), else the name itself."""
        path = name.canonical_path
        if name.name in bound and self._type_variable(path):
            return bound[name.name]
        target = self._lookup(path)
        if (
            isinstance(target, griffe.Attribute)
            and _is_private(target.path)
            and target.value is not None
            and not str(target.value).startswith("TypeVar(")
            and isinstance(target.value, griffe.Expr)
        ):
            parts = target.value.iterate(flat=True)
            text = "".join(
                self._name(p, bound) if isinstance(p, griffe.ExprName) else str(p) for p in parts
            )
            # A forward reference ("int | None") reads as the type; a Literal's values stay quoted.
            return text if text.startswith("Literal[") else text.replace("'", "").replace('"', "")
        return str(name)


def _copy(function: griffe.Function, name: str, lineno: int) -> griffe.Function:
    """`function` as a member `name` of another class, at `lineno` (the source order)."""
    return griffe.Function(
        name,
        lineno=lineno,
        endlineno=lineno,
        parameters=griffe.Parameters(
            *(
                griffe.Parameter(p.name, annotation=p.annotation, kind=p.kind, default=p.default)
                for p in function.parameters
            )
        ),
        returns=function.returns,
        docstring=function.docstring,
        decorators=function.decorators,
    )


def _type_variables_of(cls: griffe.Class, is_type_variable: Any) -> list[str]:
    """The type variables a generic class takes: `JobResource(Generic[J])` and
    `Downloads(JobResource[J])` both take J."""
    names = []
    for base in cls.bases:
        if isinstance(base, griffe.ExprSubscript):
            for part in base.slice.iterate(flat=True) if not isinstance(base.slice, str) else ():
                if isinstance(part, griffe.ExprName) and is_type_variable(part.canonical_path):
                    names.append(part.name)
    return names


def _classes(module: griffe.Module | griffe.Class) -> list[griffe.Class]:
    found = []
    for member in module.members.values():
        if isinstance(member, griffe.Alias):
            continue
        if isinstance(member, griffe.Class):
            found.append(member)
            found.extend(_classes(member))
        elif isinstance(member, griffe.Module):
            found.extend(_classes(member))
    return found


def _functions_and_attributes(
    module: griffe.Module | griffe.Class,
) -> list[griffe.Function | griffe.Attribute]:
    found: list[griffe.Function | griffe.Attribute] = []
    for member in module.members.values():
        if isinstance(member, griffe.Alias):
            continue
        if isinstance(member, (griffe.Function, griffe.Attribute)):
            found.append(member)
        elif isinstance(member, (griffe.Module, griffe.Class)):
            found.extend(_functions_and_attributes(member))
    return found

"""The till's hot statements, compiled by SQLAlchemy once per shape and run on SQLite's own cursor.

A sale runs about fifteen small statements, and SQLAlchemy's work around each one (the cache key, the parameters,
the result object, the events) cost the sale more than SQLite's own work (benchmarks/sale_commit.py --profile).
A `Prepared` statement is the same Core statement: SQLAlchemy compiles it, and its types convert each value both
ways, exactly as `connection.execute` would; only the per-statement machinery is left out. That shortcut is taken
on SQLite, where the statement listeners (`before_cursor_execute`, `after_cursor_execute`: tests count and watch
the statements with them) are still called; with echo on, or on PostgreSQL, the statement runs through
`connection.execute`, unchanged.
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection, Insert, Select
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.exc import DBAPIError, StatementError

Processor = Callable[[Any], Any] | None
AnySelect = Select[*tuple[Any, ...]]


@dataclass(frozen=True)
class _Shape:
    """One compiled form: the SQL, and where each positional value comes from."""

    sql: str
    sources: tuple[tuple[str, int | None], ...]  # (parameter, index in its list or None); "" for a constant
    constants: tuple[Any, ...]  # the value of each constant position (already converted), else None
    processors: tuple[Processor, ...]
    # When every position is a parameter of its own name (an INSERT's row): the values taken in one call (in C),
    # and the positions whose type converts them.
    names: tuple[str, ...] | None = None
    converted: tuple[tuple[int, Callable[[Any], Any]], ...] = ()
    take: Callable[[Mapping[str, Any]], Any] | None = None


def _direct(connection: Connection) -> bool:
    """SQLite's driver may be used straight: inside a transaction already begun (its BEGIN IMMEDIATE is SQLAlchemy's
    to send; straight on a connection outside one, a statement would commit on its own), and nobody is shown the
    statements in the log."""
    return connection.dialect.name == "sqlite" and connection.in_transaction() and not connection.engine.echo


def _run(connection: Connection, sql: str, values: Sequence[tuple[Any, ...]], *, many: bool) -> sqlite3.Cursor:
    """On the driver's cursor, with the statement listeners called as SQLAlchemy calls them (no execution
    context: there is none), and a failure raised as SQLAlchemy would have raised it."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    cursor = driver.cursor()
    dispatch = connection.dispatch
    parameters: Any = values if many else values[0]
    before, after = dispatch.before_cursor_execute, dispatch.after_cursor_execute
    if before:  # asked first: iterating even an empty collection costs more than the statement's own values
        for listener in before:
            sql, parameters = listener(connection, cursor, sql, parameters, None, many)
    try:
        if many:
            cursor.executemany(sql, parameters)
        else:
            cursor.execute(sql, parameters)
        if after:
            after(connection, cursor, sql, parameters, None, many)
    except sqlite3.Error as error:
        cursor.close()
        raise _failed(sql, error, connection.dialect) from error
    except BaseException:
        cursor.close()
        raise
    return cursor


def _failed(sql: str, error: sqlite3.Error, dialect: Dialect) -> StatementError:
    """As SQLAlchemy would have raised it (an IntegrityError, "database is locked"...), parameters hidden."""
    return DBAPIError.instance(sql, None, error, sqlite3.Error, hide_parameters=True, dialect=dialect)


def _shape_of(compiled: Any, parameters: Mapping[str, Any]) -> _Shape:
    state = compiled.construct_expanded_state(dict(parameters))
    expanded = {name: (original, index) for original, names in state.parameter_expansion.items()
                for index, name in enumerate(names)}  # fmt: skip
    sources: list[tuple[str, int | None]] = []
    constants: list[Any] = []
    processors: list[Processor] = []
    dialect = compiled.dialect
    for name in state.positiontup:
        # The expanded ones have theirs in the state; the others are the bound parameter's type's, as SQLAlchemy's.
        bind = compiled.binds.get(name)
        processor = state.processors.get(name) or (
            bind.type.dialect_impl(dialect).bind_processor(dialect) if bind is not None else None
        )
        if name in expanded:
            sources.append(expanded[name])
            constants.append(None)
        elif name in parameters:
            sources.append((name, None))
            constants.append(None)
        else:  # a value written in the statement itself (a literal, a LIMIT)
            value = state.parameters[name]
            sources.append(("", None))
            constants.append(processor(value) if processor is not None else value)
            processor = None
        processors.append(processor)
    shape = _Shape(state.statement, tuple(sources), tuple(constants), tuple(processors))
    if all(name and index is None for name, index in sources):
        converted = tuple((position, p) for position, p in enumerate(processors) if p is not None)
        names = tuple(name for name, _index in sources)
        take = _taker(names)
        shape = replace(shape, names=names, converted=converted, take=take)
    return shape


def _taker(names: tuple[str, ...]) -> Callable[[Mapping[str, Any]], Any]:
    """The values of `names` from a row, in one call: itemgetter of one name returns the value itself, not a tuple
    of one, and itemgetter of none cannot be made (a statement of no parameter)."""
    if len(names) > 1:
        return itemgetter(*names)
    if names:
        return lambda row: (row[names[0]],)
    return lambda _row: ()


def _values(shape: _Shape, parameters: Mapping[str, Any]) -> tuple[Any, ...]:
    if shape.take is not None:
        taken = shape.take(parameters)
        if not shape.converted:
            return tuple(taken)
        plain = list(taken)
        for position, convert in shape.converted:
            plain[position] = convert(plain[position])
        return tuple(plain)
    values = []
    for (name, index), constant, processor in zip(shape.sources, shape.constants, shape.processors, strict=True):
        if not name:
            values.append(constant)
            continue
        value = parameters[name] if index is None else parameters[name][index]
        values.append(processor(value) if processor is not None else value)
    return tuple(values)


class _Compiled(NamedTuple):
    compiled: Any  # SQLAlchemy's compiled statement
    expanding: tuple[str, ...]  # the parameters that are lists (IN), sorted
    processors: list[Any]  # (position, conversion) of the columns whose type converts what SQLite returns
    row: Any  # the row type: its columns by name and by position


class PreparedSelect:
    """A SELECT run with a dictionary of parameters; lists in it fill expanding `IN` parameters."""

    def __init__(self, statement: AnySelect) -> None:
        self.statement = statement
        self._compiled: dict[str, _Compiled] = {}
        self._shapes: dict[tuple[Any, ...], _Shape] = {}

    def all(self, connection: Connection, parameters: Mapping[str, Any]) -> Sequence[Any]:
        """The rows, each with its columns by name and by position."""
        if not _direct(connection):
            return connection.execute(self.statement, dict(parameters)).all()
        dialect = connection.dialect
        compiled, expanding, processors, row = self._compiled_for(dialect)
        key = (dialect.name, *[len(parameters[name]) for name in expanding])
        shape = self._shapes.get(key)
        if shape is None:
            shape = self._shapes[key] = _shape_of(compiled, parameters)
        cursor = _run(connection, shape.sql, [_values(shape, parameters)], many=False)
        try:
            fetched = cursor.fetchall()
        except sqlite3.Error as error:  # a page that cannot be read: in words, as SQLAlchemy would have raised it
            raise _failed(shape.sql, error, connection.dialect) from error
        finally:
            cursor.close()
        if not processors:
            return [row._make(values) for values in fetched]
        rows = []
        for values in fetched:
            converted = list(values)
            for position, convert in processors:
                converted[position] = convert(converted[position])
            rows.append(row._make(converted))
        return rows

    def first(self, connection: Connection, parameters: Mapping[str, Any]) -> Any | None:
        rows = self.all(connection, parameters)
        return rows[0] if rows else None

    def scalar(self, connection: Connection, parameters: Mapping[str, Any]) -> Any:
        first = self.first(connection, parameters)
        return first[0] if first is not None else None

    def _compiled_for(self, dialect: Dialect) -> _Compiled:
        known = self._compiled.get(dialect.name)
        if known is None:
            compiled = self.statement.compile(dialect=dialect)
            expanding = tuple(sorted(name for name, bind in compiled.binds.items() if bind.expanding))
            columns = list(self.statement.selected_columns)
            processors = [
                (position, convert)
                for position, column in enumerate(columns)
                if (convert := column.type.dialect_impl(dialect).result_processor(dialect, None)) is not None
            ]
            row = namedtuple("Row", [column.key for column in columns], rename=True)  # type: ignore[misc]
            known = self._compiled[dialect.name] = _Compiled(compiled, expanding, processors, row)
        return known


class PreparedInsert:
    """An INSERT of a table's rows, each a dictionary with the same keys (executemany); the columns left out get
    their defaults, as `connection.execute(insert(table), rows)` gives them."""

    def __init__(self, statement: Insert) -> None:
        self.statement = statement
        self._shapes: dict[tuple[str, tuple[str, ...]], tuple[_Shape, tuple[Any, ...]]] = {}

    def run(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        if not rows:
            return
        if not _direct(connection):
            connection.execute(self.statement, list(rows))
            return
        dialect = connection.dialect
        keys = tuple(rows[0])
        known = self._shapes.get((dialect.name, keys))
        if known is None:
            compiled = self.statement.compile(dialect=dialect, column_keys=list(keys))
            defaults = tuple((column.key, column.default) for column in compiled.insert_prefetch if column.default)
            if any(default.is_sequence or default.is_clause_element for _name, default in defaults):
                raise TypeError(f"{self.statement.table}: a sequence or SQL default is not prepared here")
            sample = dict(rows[0]) | {name: None for name, _default in defaults}
            known = self._shapes[(dialect.name, keys)] = (_shape_of(compiled, sample), defaults)
        shape, defaults = known
        values = [_values(shape, _with_defaults(row, defaults)) for row in rows]
        _run(connection, shape.sql, values, many=True).close()


def _with_defaults(row: Mapping[str, Any], defaults: tuple[Any, ...]) -> Mapping[str, Any]:
    """The Python-side defaults (`default=` of the column: a value, or a function such as the clock), for each row
    as SQLAlchemy makes them; the database's own defaults are left to the database."""
    if not defaults:
        return row
    filled = dict(row)
    for name, default in defaults:
        filled[name] = default.arg(None) if default.is_callable else default.arg
    return filled

"""No import circles inside the package, deferred imports included.

grimp reads every import statement, also those inside functions, so a circle hidden by a
deferred import is found too. A circle means a type both sides need belongs in a module of
its own.
"""

from __future__ import annotations

import grimp


def import_edges() -> dict[str, set[str]]:
    graph = grimp.build_graph("designer", include_external_packages=False, cache_dir=None)
    return {
        module: set(graph.find_modules_directly_imported_by(module))
        for module in graph.modules
    }


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        while work:
            node, todo = work[-1]
            child = next(todo, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = stack[stack.index(node):]
                    del stack[stack.index(node):]
                    if len(group) > 1:
                        found.append(sorted(group))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                work.append((child, iter(sorted(edges[child]))))
            elif child in stack:
                low[node] = min(low[node], index[child])
    return found


def test_the_circle_finder_finds_a_circle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(edges) == [["a", "b", "c"]]


def test_the_package_has_no_import_circles() -> None:
    assert circles(import_edges()) == []

"""NetworkX, the reference Python graph library, must open every GraphML and GEXF file Entente
exports, with typed attributes and dates intact. Usage: check_exports.py DIR"""
import sys
from pathlib import Path

import networkx as nx


def check(path: Path) -> list[str]:
    problems = []
    graph = nx.read_graphml(path) if path.suffix == ".graphml" else nx.read_gexf(path)
    if graph.number_of_nodes() == 0:
        problems.append("no nodes")
    for node, data in graph.nodes(data=True):
        if "label" not in data and "kind" not in data:
            problems.append(f"node {node} has neither label nor kind")
            break
        weight = data.get("weight")
        if weight is not None and not isinstance(weight, (int, float)):
            problems.append(f"node {node} weight is {type(weight).__name__}, not a number")
            break
    for u, v, data in graph.edges(data=True):
        weight = data.get("weight")
        if weight is not None and not isinstance(weight, (int, float)):
            problems.append(f"edge {u}-{v} weight is {type(weight).__name__}, not a number")
            break
        first = data.get("first_date") or data.get("firstDate")
        if first is not None and not (isinstance(first, str) and len(first) >= 4 and first[:4].isdigit()):
            problems.append(f"edge {u}-{v} first date {first!r} is not an ISO date")
            break
    print(f"  {path.name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges" + (f" -> {problems}" if problems else " ok"))
    return problems


def main() -> int:
    folder = Path(sys.argv[1])
    files = sorted([*folder.glob("*.graphml"), *folder.glob("*.gexf")])
    if not files:
        print(f"no GraphML or GEXF files in {folder}")
        return 1
    failed = [f for f in files if check(f)]
    print(f"networkx {nx.__version__}: {len(files) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

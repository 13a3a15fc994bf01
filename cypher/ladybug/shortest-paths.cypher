// One shortest path over the TIE graph. {{Filter}} and {{MaxHops}} are literals the adapter
// renders from validated values: ladybug 0.19.1 rejects parameters inside a recursive
// pattern's predicate ("Cannot evaluate $_ because it does not depend on n or r").
MATCH p = (a:{{A}} {id: $source})-[:TIE* SHORTEST 1..{{MaxHops}} (r, n | WHERE {{Filter}})]-(b:{{B}} {id: $target})
RETURN properties(nodes(p), 'id') AS ids
LIMIT 1

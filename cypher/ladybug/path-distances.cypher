// Hop distance from one actor to every actor it reaches over TIE (one shortest path each).
MATCH p = (a:{{A}} {id: $source})-[:TIE* SHORTEST 1..{{MaxHops}} (r, n | WHERE {{Filter}})]-(x)
RETURN x.id AS id, length(p) AS hops

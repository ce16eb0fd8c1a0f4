package dev.prepkit.validate.rules;

/**
 * Disjoint sets over the integers {@code 0..n-1}, with union by size and path halving (Tarjan and van Leeuwen,
 * "Worst-case analysis of set union algorithms", JACM 1984). Not thread-safe.
 */
final class UnionFind {

    private final int[] parent;
    private final int[] size;

    /** {@code n} singleton sets; {@code n >= 0}. */
    UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    /** The representative of {@code x}'s set. */
    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the sets of {@code a} and {@code b}. */
    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }
}

package dyad.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Groups items linked in pairs into clusters whose representative is the smallest item by a given
 * order, so the kept copy of a duplicate cluster does not depend on the order pairs were found in.
 */
final class UnionFind<T extends Comparable<T>> {
  private final Map<T, T> parent = new HashMap<>();

  void union(T a, T b) {
    T ra = find(a);
    T rb = find(b);
    if (ra.equals(rb)) return;
    if (ra.compareTo(rb) < 0) parent.put(rb, ra);
    else parent.put(ra, rb);
  }

  T find(T x) {
    T p = parent.getOrDefault(x, x);
    if (p.equals(x)) return x;
    T root = find(p);
    parent.put(x, root);
    return root;
  }

  Iterable<T> items() {
    return parent.keySet();
  }
}

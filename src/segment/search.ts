/**
 * The first index in `sorted` (ascending by `key`) whose key is at least `value`;
 * `sorted.length` when none is. One binary search for every sorted lookup
 * (segments, date mentions, offset maps).
 */
export function lowerBound<T>(sorted: ArrayLike<T>, value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

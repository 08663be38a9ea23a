package io.taizhang.dashboard;

import java.util.List;

/** Merging sorted arrays of instants, the step that turns many blocks' sums into one. */
final class Sorted {

    private Sorted() {
    }

    /**
     * The values of the sorted {@code parts} in one sorted array, by a k-way merge over a heap of the
     * parts' heads: O(n log k), where sorting the concatenation again would be O(n log n). When
     * {@code from} is given (as long as the result), {@code from[i]} is set to the position the
     * i-th value had in the concatenation of the parts, so that what travels with each value can
     * be put in the same order.
     */
    static long[] merge(List<long[]> parts, int[] from) {
        int k = parts.size();
        long[][] p = parts.toArray(long[][]::new);
        int[] offset = new int[k];
        int[] next = new int[k];
        int[] heap = new int[k];
        int n = 0;
        int size = 0;
        for (int i = 0; i < k; i++) {
            offset[i] = n;
            n += p[i].length;
            if (p[i].length > 0) {
                heap[size++] = i;
            }
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(heap, size, i, p, next);
        }
        long[] merged = new long[n];
        for (int o = 0; o < n; o++) {
            int top = heap[0];
            merged[o] = p[top][next[top]];
            if (from != null) {
                from[o] = offset[top] + next[top];
            }
            if (++next[top] == p[top].length) {
                heap[0] = heap[--size];
            }
            siftDown(heap, size, 0, p, next);
        }
        return merged;
    }

    private static void siftDown(int[] heap, int size, int at, long[][] p, int[] next) {
        int part = heap[at];
        long head = size == 0 ? 0 : p[part][next[part]];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && headOf(heap[child + 1], p, next) < headOf(heap[child], p, next)) {
                child++;
            }
            if (headOf(heap[child], p, next) >= head) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = part;
    }

    private static long headOf(int part, long[][] p, int[] next) {
        return p[part][next[part]];
    }
}

package io.taizhang.dashboard;

import java.util.List;

/** Merging sorted arrays of instants, the step that turns many blocks' sums into one. */
final class Sorted {

    private Sorted() {
    }

    /**
     * The values of the sorted {@code parts} in one sorted array: the parts are runs of their
     * concatenation, merged pairwise until one is left (O(n log k) for k parts, in sequential
     * passes; sorting the concatenation again would be O(n log n)). When {@code from} is given (as
     * long as the result), {@code from[i]} is set to the position the i-th value had in the
     * concatenation, so that what travels with each value can be put in the same order.
     */
    static long[] merge(List<long[]> parts, int[] from) {
        int n = 0;
        for (long[] p : parts) {
            n += p.length;
        }
        long[] src = new long[n];
        int[] bounds = new int[parts.size() + 1];
        int runs = 0;
        for (long[] p : parts) {
            if (p.length > 0) {
                System.arraycopy(p, 0, src, bounds[runs], p.length);
                bounds[runs + 1] = bounds[runs] + p.length;
                runs++;
            }
        }
        int[] srcFrom = from == null ? null : new int[n];
        for (int i = 0; from != null && i < n; i++) {
            srcFrom[i] = i;
        }
        long[] dst = new long[n];
        int[] dstFrom = from == null ? null : new int[n];
        while (runs > 1) {
            int merged = 0;
            // bounds[merged] is written at or before the index just read, never ahead of it
            for (int r = 0; r < runs; r += 2) {
                int lo = bounds[r];
                int mid = bounds[Math.min(r + 1, runs)];
                int hi = bounds[Math.min(r + 2, runs)];
                mergeRuns(src, srcFrom, lo, mid, hi, dst, dstFrom);
                bounds[merged++] = lo;
            }
            bounds[merged] = n;
            runs = merged;
            long[] t = src;
            src = dst;
            dst = t;
            int[] f = srcFrom;
            srcFrom = dstFrom;
            dstFrom = f;
        }
        if (from != null) {
            System.arraycopy(srcFrom, 0, from, 0, n);
        }
        return src;
    }

    private static void mergeRuns(long[] a, int[] af, int lo, int mid, int hi, long[] out, int[] outFrom) {
        int i = lo;
        int j = mid;
        for (int o = lo; o < hi; o++) {
            boolean left = j >= hi || (i < mid && a[i] <= a[j]);
            int at = left ? i++ : j++;
            out[o] = a[at];
            if (outFrom != null) {
                outFrom[o] = af[at];
            }
        }
    }
}

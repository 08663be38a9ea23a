import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** How many problems each unit has (Zipf), and which units' liaisons get tokens for the load. */
final class UnitSizes {

    private UnitSizes() {
    }

    /** The unit of each problem slot: unit sizes follow Zipf (s = 0.9) over a shuffled ranking. */
    static int[] zipfSlots(SplittableRandom r, int units, int problems) {
        double[] w = new double[units];
        double sum = 0;
        for (int k = 0; k < units; k++) {
            w[k] = 1 / Math.pow(k + 1, 0.9);
            sum += w[k];
        }
        int[] count = new int[units];
        int total = 0;
        for (int k = 0; k < units; k++) {
            count[k] = Math.max(1, (int) (problems * w[k] / sum));
            total += count[k];
        }
        for (int k = 0; total < problems; k = (k + 1) % units) {
            count[k]++;
            total++;
        }
        for (int k = 0; total > problems; k = (k + 1) % units) {
            if (count[k] > 1) {
                count[k]--;
                total--;
            }
        }
        int[] rankToUnit = shuffled(r, units);
        int[] slots = new int[problems];
        int at = 0;
        for (int k = 0; k < units; k++) {
            Arrays.fill(slots, at, at + count[k], rankToUnit[k]);
            at += count[k];
        }
        int[] perm = shuffled(r, problems);
        int[] out = new int[problems];
        for (int i = 0; i < problems; i++) {
            out[i] = slots[perm[i]];
        }
        return out;
    }

    /** The liaisons that get tokens: the 16 largest units and 48 others with at least 5 problems. */
    static Set<Integer> loadUnits(SplittableRandom r, int[] unitOfSlot, int units) {
        int[] size = new int[units];
        for (int u : unitOfSlot) {
            size[u]++;
        }
        Integer[] bySize = IntStream.range(0, units).boxed().sorted((a, b) -> size[b] - size[a]).toArray(Integer[]::new);
        Set<Integer> chosen = new LinkedHashSet<>(Arrays.asList(bySize).subList(0, 16));
        int[] order = shuffled(r, units);
        for (int k = 0; k < units && chosen.size() < 64; k++) {
            if (size[order[k]] >= 5) {
                chosen.add(order[k]);
            }
        }
        return chosen;
    }

    static int[] shuffled(SplittableRandom r, int n) {
        int[] a = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
        return a;
    }
}

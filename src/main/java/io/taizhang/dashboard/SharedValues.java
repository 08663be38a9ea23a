package io.taizhang.dashboard;

import io.taizhang.problems.KeyArea;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance per value for what most problems' facts repeat: the aggregate holds every
 * problem's facts, and at 199,000 problems its key-area sets took 6 MB and its dates 14 MB
 * (class histogram after a full GC), nearly all of them copies — there are 8 possible key-area
 * sets and a few thousand distinct days.
 */
final class SharedValues {

    /** Enough for any realistic spread of filing days and deadlines; past it values are kept as given. */
    private static final int MAX_DAYS = 20_000;
    private static final Map<LocalDate, LocalDate> DAYS = new ConcurrentHashMap<>();
    private static final Set<KeyArea>[] AREA_SETS = areaSets();

    private SharedValues() {
    }

    static LocalDate day(LocalDate day) {
        if (day == null) {
            return null;
        }
        LocalDate shared = DAYS.get(day);
        if (shared != null) {
            return shared;
        }
        if (DAYS.size() >= MAX_DAYS) {
            return day;
        }
        shared = DAYS.putIfAbsent(day, day);
        return shared == null ? day : shared;
    }

    /** The unmodifiable shared set equal to {@code areas}. */
    static Set<KeyArea> areas(Set<KeyArea> areas) {
        if (areas == null) {
            return null;
        }
        int bits = 0;
        for (KeyArea a : areas) {
            bits |= 1 << a.ordinal();
        }
        return AREA_SETS[bits];
    }

    @SuppressWarnings("unchecked")
    private static Set<KeyArea>[] areaSets() {
        KeyArea[] all = KeyArea.values();
        Set<KeyArea>[] sets = new Set[1 << all.length];
        for (int bits = 0; bits < sets.length; bits++) {
            EnumSet<KeyArea> set = EnumSet.noneOf(KeyArea.class);
            for (KeyArea a : all) {
                if ((bits & (1 << a.ordinal())) != 0) {
                    set.add(a);
                }
            }
            sets[bits] = Collections.unmodifiableSet(set);
        }
        return sets;
    }
}

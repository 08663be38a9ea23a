package io.taizhang.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.taizhang.problems.KeyArea;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Facts keep equal values, as one shared instance each (the aggregate holds every problem's facts). */
class SharedValuesTest {

    @Test
    void everyKeyAreaSetComesBackEqualAndShared() {
        KeyArea[] all = KeyArea.values();
        for (int bits = 0; bits < 1 << all.length; bits++) {
            EnumSet<KeyArea> given = EnumSet.noneOf(KeyArea.class);
            for (KeyArea a : all) {
                if ((bits & (1 << a.ordinal())) != 0) {
                    given.add(a);
                }
            }
            Set<KeyArea> shared = SharedValues.areas(given);
            assertEquals(given, shared);
            assertSame(shared, SharedValues.areas(EnumSet.copyOf(given)));
            assertThrows(UnsupportedOperationException.class, () -> shared.add(KeyArea.PETITIONS));
        }
        assertNull(SharedValues.areas(null));
    }

    @Test
    void equalDaysAreOneInstance() {
        LocalDate a = LocalDate.of(2027, 3, 1);
        LocalDate b = LocalDate.parse("2027-03-01");
        assertSame(SharedValues.day(a), SharedValues.day(b));
        assertEquals(a, SharedValues.day(b));
        assertNull(SharedValues.day(null));
    }
}

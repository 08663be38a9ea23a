package io.taizhang.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.errors.ErrorType;
import io.taizhang.common.http.Etags;
import org.junit.jupiter.api.Test;

class EtagsTest {

    @Test
    void ifMatchIsRequiredAndComparedStrongly() {
        assertEquals(ErrorType.IF_MATCH_REQUIRED, assertThrows(ApiException.class, () -> Etags.requireMatch(null, "\"3\"")).type());
        assertEquals(ErrorType.STALE_VERSION, assertThrows(ApiException.class, () -> Etags.requireMatch("\"2\"", "\"3\"")).type());
        assertEquals(ErrorType.STALE_VERSION, assertThrows(ApiException.class, () -> Etags.requireMatch("W/\"3\"", "\"3\"")).type());
        Etags.requireMatch("\"2\", \"3\"", "\"3\"");
        Etags.requireMatch("*", "\"3\"");
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(Etags.noneMatchSatisfied("W/\"3\"", "\"3\""));
        assertTrue(Etags.noneMatchSatisfied("\"1\", \"3\"", "\"3\""));
        assertFalse(Etags.noneMatchSatisfied("\"2\"", "\"3\""));
        assertFalse(Etags.noneMatchSatisfied(null, "\"3\""));
    }
}

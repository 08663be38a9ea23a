package io.taizhang.problems;

import io.taizhang.common.jdbc.TxJdbc;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Human ledger numbers, e.g. {@code IPC-2023-007}: unit code, filing year, and a gap-free
 * sequence per unit and year. The counter row is locked only until the filing commits, and only
 * filings of the same unit in the same year wait on it.
 */
@ApplicationScoped
public class LedgerNumbers {

    private final TxJdbc jdbc;

    public LedgerNumbers(TxJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public String next(long unitId, String unitCode, int year) {
        long value = jdbc.number("""
                INSERT INTO ledger_number_counter (unit_id, year, last_value) VALUES (?, ?, 1)
                ON CONFLICT (unit_id, year) DO UPDATE SET last_value = ledger_number_counter.last_value + 1
                RETURNING last_value""", unitId, year);
        return format(unitCode, year, (int) value);
    }

    static String format(String unitCode, int year, int sequence) {
        return String.format("%s-%d-%03d", unitCode, year, sequence);
    }
}

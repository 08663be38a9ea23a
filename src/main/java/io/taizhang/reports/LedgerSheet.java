package io.taizhang.reports;

import java.io.IOException;
import java.io.OutputStream;

/** A file format of the ledger export, written row by row to the response as the rows are read. */
interface LedgerSheet extends AutoCloseable {

    void write(LedgerRow row) throws IOException;

    /** Writes what the format keeps until the end and flushes; the stream stays open. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;

    static LedgerSheet open(ExportFormat format, OutputStream out) throws IOException {
        return format == ExportFormat.XLSX ? new XlsxLedgerSheet(out) : new CsvLedgerSheet(out);
    }
}

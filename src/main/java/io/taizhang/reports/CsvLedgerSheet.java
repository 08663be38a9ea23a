package io.taizhang.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger as CSV: UTF-8 with a byte-order mark (without it Excel reads Chinese as the local
 * code page), RFC 4180 quoting and CRLF line ends, two heading lines (Chinese, then English).
 * Cells that a spreadsheet would take for a formula get a leading apostrophe.
 */
final class CsvLedgerSheet implements LedgerSheet {

    private static final char BOM = '\uFEFF';

    private final Writer out;

    CsvLedgerSheet(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
        out.write(BOM);
        line(LedgerRow.HEADINGS_ZH);
        line(LedgerRow.HEADINGS_EN);
    }

    @Override
    public void write(LedgerRow row) throws IOException {
        List<String> cells = new ArrayList<>(LedgerRow.HEADINGS_ZH.size());
        cells.add(String.valueOf(row.number()));
        row.texts().forEach(text -> cells.add(neutralised(text)));
        line(cells);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /**
     * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
     * formula; text filed by a unit must never do that on an inspector's machine (CSV injection).
     */
    static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}

package io.taizhang.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The ledger as XLSX through POI's streaming workbook: only the last {@link #WINDOW} rows are in
 * memory, older ones go to a compressed temporary file, and the workbook is written to the
 * response at the end. Every cell is a string cell, so nothing a unit typed is ever evaluated as
 * a formula. Two heading rows (Chinese, then English), frozen above the data.
 */
final class XlsxLedgerSheet implements LedgerSheet {

    static final int WINDOW = 200;
    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL = 32_767;
    private static final int[] WIDTHS = {6, 50, 50, 24, 12, 14, 30, 40, 16};

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle heading;
    private final CellStyle wrapped;
    private int next;

    XlsxLedgerSheet(OutputStream out) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet("整改台账");
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading = workbook.createCellStyle();
        heading.setFont(bold);
        heading.setWrapText(true);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        headings(LedgerRow.HEADINGS_ZH);
        headings(LedgerRow.HEADINGS_EN);
        sheet.createFreezePane(0, 2);
    }

    @Override
    public void write(LedgerRow row) {
        Row line = sheet.createRow(next++);
        line.createCell(0).setCellValue(row.number());
        List<String> texts = row.texts();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            var cell = line.createCell(i + 1);
            cell.setCellValue(text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text);
            cell.setCellStyle(wrapped);
        }
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        // dispose deletes the temporary files of the flushed rows; close releases the rest
        workbook.dispose();
        workbook.close();
    }

    private void headings(List<String> names) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < names.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(heading);
        }
    }
}

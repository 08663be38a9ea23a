package io.taizhang.reports;

import io.taizhang.common.http.QueryParams;

/** The file formats of the ledger export, chosen with the {@code format} query parameter. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** {@code csv} (default) or {@code xlsx}, case-insensitive; anything else is a 400 naming the parameter. */
    static ExportFormat parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return CSV;
        }
        return QueryParams.enumValue("format", raw.trim().toUpperCase(java.util.Locale.ROOT), ExportFormat.class);
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }
}

package io.taizhang.reports;

import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.problems.ProblemFilterParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * The ledger as a file in the official layout. The {@code format} parameter, not {@code Accept},
 * chooses CSV or XLSX: a link in a browser or a wall display's download cannot set headers, and
 * the URL alone then says what file it gives. No @Produces, so any Accept is served.
 */
@Path("/api/v1/exports")
@Tag(name = "Exports", description = "The ledger in the spreadsheet layout units keep (整改台账)")
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class LedgerExportResource {

    private static final Logger LOG = Logger.getLogger(LedgerExportResource.class);
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final LedgerRows ledger;
    private final CurrentCaller caller;
    private final BusinessCalendar calendar;

    public LedgerExportResource(LedgerRows ledger, CurrentCaller caller, BusinessCalendar calendar) {
        this.ledger = ledger;
        this.caller = caller;
        this.calendar = calendar;
    }

    @GET
    @Path("/ledger")
    @Operation(operationId = "exportLedger",
            summary = "The ledger in the official layout (序号 … 销号情况) as CSV or XLSX, filtered like the problem list; streamed")
    @APIResponse(responseCode = "200",
            description = "The file, as an attachment (Content-Disposition: attachment; filename=\"taizhang-ledger-YYYYMMDD.csv\" "
                    + "or .xlsx): columns 序号, 问题, 整改措施, 责任单位, 责任人, 整改时限, 进展情况, 佐证材料, 销号情况 with the "
                    + "English names in a second heading row; problems in filing order",
            content = {
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response ledger(@BeanParam ProblemFilterParams filters,
            @Parameter(description = "csv (default; UTF-8 with BOM) or xlsx",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "xlsx"})) @QueryParam("format") String format) {
        ExportFormat as = ExportFormat.parse(format);
        Caller c = caller.get();
        LedgerRows.Walk walk = ledger.walk(c, filters.filter());
        // the first batch is read before the status line is sent, so a database failure is still a 503
        List<LedgerRow> first = walk.next();
        StreamingOutput body = out -> {
            long rows = 0;
            try (LedgerSheet sheet = LedgerSheet.open(as, out)) {
                for (List<LedgerRow> batch = first; !batch.isEmpty(); batch = walk.next()) {
                    for (LedgerRow row : batch) {
                        sheet.write(row);
                    }
                    rows += batch.size();
                }
                sheet.finish();
            }
            LOG.debugf("ledger export: %d rows as %s for account %d", Long.valueOf(rows), as, Long.valueOf(c.accountId()));
        };
        String file = "taizhang-ledger-" + calendar.today().format(FILE_DATE) + "." + as.extension();
        return Response.ok(body, as.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }
}

package io.taizhang.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taizhang.common.http.QueryParams;
import io.taizhang.common.security.Caller;
import io.taizhang.common.security.CurrentCaller;
import io.taizhang.common.security.Role;
import io.taizhang.ledger.LedgerEntryView;
import io.taizhang.ledger.LedgerFeed;
import io.taizhang.ledger.LedgerFeed.FeedEntry;
import io.taizhang.ledger.LedgerKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Server-Sent Events of ledger entries for wall displays. Written by hand on a worker thread
 * (event id, event name, one line of JSON data; comment lines as heartbeats) so the format is
 * exactly what EventSource and curl -N expect. The event id is the ledger feed's cursor, so a
 * reconnecting client's Last-Event-ID resumes right after the last entry it saw.
 */
@Path("/api/v1/live/ledger")
@Tag(name = "Live", description = "Ledger entries as they are written (Server-Sent Events)")
@RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD})
public class LiveResource {

    static final String EVENT_STREAM = "text/event-stream";

    private final LiveFeed live;
    private final LiveSettings settings;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    public LiveResource(LiveFeed live, LiveSettings settings, CurrentCaller caller, ObjectMapper json) {
        this.live = live;
        this.settings = settings;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Operation(operationId = "streamLedger",
            summary = "Ledger entries as Server-Sent Events, as they commit; resumable with Last-Event-ID, heartbeats as comments")
    @APIResponse(responseCode = "200",
            description = "An endless text/event-stream: `id:` (the ledger feed cursor), `event: ledger-entry`, `data:` one "
                    + "LedgerEntryView as JSON; a comment line `: heartbeat` whenever the stream was silent for the heartbeat interval",
            content = @Content(mediaType = EVENT_STREAM, schema = @Schema(type = SchemaType.STRING)))
    public Response stream(
            @Parameter(description = "Only this unit's entries", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("unitId") String unitId,
            @Parameter(schema = @Schema(implementation = LedgerKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "The id of the last event received: the stream resumes right after it",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 512)) @HeaderParam("Last-Event-ID") String lastEventId) {
        Caller c = caller.get();
        Long unit = QueryParams.id("unitId", unitId);
        LedgerKind only = QueryParams.enumValue("kind", kind, LedgerKind.class);
        String resume = lastEventId == null || lastEventId.isBlank() ? null : lastEventId.trim();
        long[] resumeAt = resume == null ? null : LedgerFeed.position("Last-Event-ID", resume);
        Long own = c.visibleUnitOnly();
        // a liaison asking for another unit gets a stream that stays silent, like a list that stays empty
        Long visible = own == null ? unit : own;
        boolean foreign = own != null && unit != null && !own.equals(unit);
        Subscriber s = live.subscribe(foreign ? Long.valueOf(-1) : visible, only);
        StreamingOutput body = out -> {
            try {
                write(out, ": connected\nretry: 3000\n\n");
                if (resumeAt != null) {
                    s.resumeAfter(resumeAt);
                    catchUp(out, s, resume);
                }
                relay(out, s);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | UncheckedIOException e) {
                // the client went away: nothing to tell anyone
            } finally {
                live.unsubscribe(s);
            }
        };
        return Response.ok(body, EVENT_STREAM + ";charset=UTF-8").header("X-Accel-Buffering", "no").build();
    }

    private void catchUp(OutputStream out, Subscriber s, String cursor) throws IOException {
        String after = cursor;
        List<FeedEntry> batch;
        do {
            batch = live.catchUp(s, after);
            for (FeedEntry e : batch) {
                if (s.advance(e)) {
                    event(out, e);
                }
                after = e.cursor();
            }
            out.flush();
        } while (batch.size() == LiveFeed.BATCH && !s.closed());
    }

    private void relay(OutputStream out, Subscriber s) throws IOException, InterruptedException {
        long heartbeat = settings.heartbeat().toMillis();
        while (!s.closed()) {
            FeedEntry e = s.next(heartbeat, TimeUnit.MILLISECONDS);
            if (e == null) {
                write(out, ": heartbeat\n\n");
                continue;
            }
            for (; e != null; e = s.nextNow()) {
                if (s.advance(e)) {
                    event(out, e);
                }
            }
            out.flush();
        }
    }

    private void event(OutputStream out, FeedEntry e) throws IOException {
        String data;
        try {
            data = json.writeValueAsString(e.entry());
        } catch (JsonProcessingException x) {
            throw new IOException(x);
        }
        out.write(("id: " + e.cursor() + "\nevent: ledger-entry\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

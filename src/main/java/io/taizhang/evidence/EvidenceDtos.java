package io.taizhang.evidence;

import io.taizhang.common.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

public final class EvidenceDtos {

    private EvidenceDtos() {
    }

    /**
     * The evidence itself lives in the unit's document system; the ledger keeps where it is and,
     * optionally, its SHA-256 so that a later copy can be checked against what was filed.
     */
    public record EvidenceCreate(
            @NotNull EvidenceKind kind,
            @NotBlank @Size(max = 200) @PlainText String title,
            @NotBlank @Size(max = 2000)
            @Pattern(regexp = "([hH][tT][tT][pP][sS]?://|[uU][rR][nN]:)\\S+", message = "must be an http(s) URL or a URN")
            String uri,
            @Size(max = 64) @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex digits") String sha256) {
    }

    public record EvidenceView(long id, long measureId, long problemId, long unitId, EvidenceKind kind, String title,
            String uri, String sha256, long addedBy, Instant addedAt) {

        static EvidenceView from(Evidence e) {
            return new EvidenceView(e.id, e.measureId, e.problemId, e.unitId, e.kind, e.title, e.uri, e.sha256,
                    e.addedBy, e.addedAt);
        }
    }
}

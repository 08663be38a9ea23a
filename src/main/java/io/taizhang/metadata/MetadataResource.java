package io.taizhang.metadata;

import io.taizhang.campaigns.MeetingKind;
import io.taizhang.common.Labelled;
import io.taizhang.common.http.QueryParams;
import io.taizhang.common.security.Role;
import io.taizhang.evidence.EvidenceKind;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.measures.MeasureAction;
import io.taizhang.measures.MeasureService;
import io.taizhang.measures.MeasureStatus;
import io.taizhang.problems.Category;
import io.taizhang.problems.DeadlineBasis;
import io.taizhang.problems.KeyArea;
import io.taizhang.problems.ProblemAction;
import io.taizhang.problems.ProblemStatus;
import io.taizhang.problems.Severity;
import io.taizhang.problems.Source;
import io.taizhang.problems.WorkLine;
import io.taizhang.supervision.escalation.EscalationRule;
import io.taizhang.supervision.escalation.EscalationStatus;
import io.taizhang.supervision.extensions.ExtensionStatus;
import io.taizhang.supervision.lights.TrafficLight;
import io.taizhang.supervision.lookback.LookBackOutcome;
import io.taizhang.supervision.lookback.LookBackState;
import io.taizhang.supervision.revision.RevisionReason;
import io.taizhang.supervision.urges.UrgeState;
import io.taizhang.units.UnitKind;
import io.taizhang.verification.Verdict;
import io.taizhang.verification.VerificationOutcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/metadata")
@Tag(name = "Metadata", description = "Enumerations with Chinese and English labels, and the API's limits")
@Produces(MediaType.APPLICATION_JSON)
public class MetadataResource {

    /** Every enumeration that appears in the API, by the name used in the OpenAPI schema. */
    static final List<Class<? extends Enum<? extends Labelled>>> ENUMS = List.of(Category.class, WorkLine.class,
            Source.class, KeyArea.class, Severity.class, ProblemStatus.class, ProblemAction.class, MeasureStatus.class,
            MeasureAction.class, EvidenceKind.class, Verdict.class, VerificationOutcome.class, LedgerKind.class,
            MeetingKind.class, UnitKind.class, Role.class, TrafficLight.class, DeadlineBasis.class, ExtensionStatus.class,
            UrgeState.class, EscalationRule.class, EscalationStatus.class, LookBackOutcome.class, LookBackState.class,
            RevisionReason.class);

    public record Label(String value, String zh, String en) {
    }

    public record Metadata(Map<String, List<Label>> enums, Map<String, Integer> limits) {
    }

    @GET
    @RolesAllowed({Role.Names.LIAISON, Role.Names.INSPECTOR, Role.Names.STEERING, Role.Names.DASHBOARD, Role.Names.ADMIN})
    @Operation(operationId = "getMetadata", summary = "Every enumeration value with its 中文 and English label")
    @APIResponse(responseCode = "200", description = "The metadata")
    public Metadata metadata() {
        Map<String, List<Label>> enums = new LinkedHashMap<>();
        for (Class<? extends Enum<? extends Labelled>> type : ENUMS) {
            enums.put(type.getSimpleName(), Arrays.stream(type.getEnumConstants())
                    .map(e -> (Labelled) e)
                    .map(l -> new Label(l.name(), l.zh(), l.en()))
                    .toList());
        }
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("pageSizeDefault", QueryParams.DEFAULT_LIMIT);
        limits.put("pageSizeMax", QueryParams.MAX_LIMIT);
        limits.put("measuresPerProblem", MeasureService.MAX_PER_PROBLEM);
        limits.put("titleLength", 200);
        limits.put("descriptionLength", 4000);
        limits.put("noteLength", 2000);
        return new Metadata(enums, limits);
    }
}

package io.taizhang.evidence;

import io.taizhang.common.errors.ApiException;
import io.taizhang.common.security.Caller;
import io.taizhang.common.time.BusinessCalendar;
import io.taizhang.evidence.EvidenceDtos.EvidenceCreate;
import io.taizhang.evidence.EvidenceDtos.EvidenceView;
import io.taizhang.ledger.Changes;
import io.taizhang.ledger.LedgerKind;
import io.taizhang.ledger.LedgerWriter;
import io.taizhang.measures.Measure;
import io.taizhang.measures.MeasureAction;
import io.taizhang.measures.MeasureLifecycle;
import io.taizhang.measures.MeasureService;
import io.taizhang.measures.MeasureService.Written;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evidence records on measures. Adding one is a ledger entry; nothing is ever removed. */
@ApplicationScoped
public class EvidenceService {

    public static final int MAX_PER_MEASURE = 100;

    private final EvidenceRepository evidence;
    private final MeasureService measures;
    private final LedgerWriter ledger;
    private final BusinessCalendar calendar;

    public EvidenceService(EvidenceRepository evidence, MeasureService measures, LedgerWriter ledger,
            BusinessCalendar calendar) {
        this.evidence = evidence;
        this.measures = measures;
        this.ledger = ledger;
        this.calendar = calendar;
    }

    @Transactional
    public EvidenceView add(Caller caller, long measureId, EvidenceCreate request) {
        Written w = measures.lock(caller, measureId);
        Measure m = w.measure();
        MeasureLifecycle.require(MeasureAction.ADD_EVIDENCE,
                new MeasureLifecycle.Facts(m.status, m.evidenceCount, m.unitId, w.problem().status), caller);
        if (m.evidenceCount >= MAX_PER_MEASURE) {
            throw ApiException.conflict("a measure has at most " + MAX_PER_MEASURE + " evidence records");
        }
        Evidence e = new Evidence();
        e.measureId = m.id;
        e.problemId = m.problemId;
        e.unitId = m.unitId;
        e.kind = request.kind();
        e.title = request.title().strip();
        e.uri = request.uri().strip();
        e.sha256 = request.sha256();
        e.addedBy = caller.accountId();
        e.addedAt = calendar.now();
        evidence.persist(e);
        m.evidenceCount++;
        m.updatedAt = e.addedAt;
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", e.id);
        record.put("kind", e.kind);
        record.put("title", e.title);
        record.put("uri", e.uri);
        record.put("sha256", e.sha256);
        ledger.append(w.problem(), m.id, caller, LedgerKind.EVIDENCE_ADDED,
                Changes.of().value("evidence", record).field("evidenceCount", m.evidenceCount - 1, m.evidenceCount),
                null);
        evidence.flush();
        return EvidenceView.from(e);
    }

    public List<EvidenceView> ofMeasure(Caller caller, long measureId) {
        measures.get(caller, measureId);
        return evidence.ofMeasure(measureId).stream().map(EvidenceView::from).toList();
    }

    public EvidenceView get(Caller caller, long evidenceId) {
        return evidence.findByIdOptional(evidenceId).filter(e -> caller.canSeeUnit(e.unitId)).map(EvidenceView::from)
                .orElseThrow(() -> ApiException.notFound("evidence " + evidenceId));
    }
}

import io.taizhang.common.json.CanonicalJson;
import io.taizhang.ledger.Changes;
import io.taizhang.ledger.LedgerHasher;
import java.time.Instant;

/**
 * One problem's hash chain while it is generated: each entry is hashed with the service's own
 * {@link LedgerHasher} over the service's own {@link Changes} form, exactly as LedgerWriter does.
 */
final class Chain {

    final Tables t;
    final ProblemFactory.Ids ids;
    final long problemId;
    final ProblemFactory.Unit unit;
    final Timeline clock;
    int seq;
    String head = LedgerHasher.GENESIS;
    boolean started;

    Chain(Tables t, ProblemFactory.Ids ids, long problemId, ProblemFactory.Unit unit, Timeline clock) {
        this.t = t;
        this.ids = ids;
        this.problemId = problemId;
        this.unit = unit;
        this.clock = clock;
    }

    void append(Long measureId, ProblemFactory.Actor actor, String kind, Changes changes, String reason, Instant at) {
        seq++;
        String hash = LedgerHasher.hash(problemId, seq, measureId, unit.id(), at, actor.id(), actor.name(), actor.role(),
                kind, changes.toMap(), reason, head);
        t.ledger.add(ids.ledger++).add(problemId).add(seq).add(measureId).add(unit.id()).add(at).add(actor.id())
                .add(actor.name()).add(actor.role()).add(kind).add(CanonicalJson.write(changes.toMap())).add(reason)
                .add(head).add(hash).end();
        head = hash;
    }
}

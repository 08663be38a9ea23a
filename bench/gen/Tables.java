import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The COPY buffers of every table the generator fills per batch, in foreign-key order. */
final class Tables {

    final CopyBuffer problem = new CopyBuffer("problem", "id, ledger_number, unit_id, campaign_id, meeting_id, title,"
            + " description, category, work_line, source, key_areas, severity, responsible_person, original_deadline,"
            + " deadline, status, filed_by, created_at, updated_at, closed_at, measure_count, measures_done, version,"
            + " ledger_seq, ledger_head, light_yellow_at, light_red_at, light_seen, escalated_at, revision_cycles");
    final CopyBuffer measure = new CopyBuffer("measure", "id, problem_id, unit_id, title, description, owner,"
            + " original_deadline, deadline, status, progress_percent, evidence_count, created_by, created_at,"
            + " updated_at, started_at, completed_at, version, light_yellow_at, light_red_at, light_seen, yellow_spells");
    final CopyBuffer evidence = new CopyBuffer("evidence",
            "id, measure_id, problem_id, unit_id, kind, title, uri, sha256, added_by, added_at");
    final CopyBuffer verification = new CopyBuffer("verification", "id, problem_id, inspector_id, problem_solved,"
            + " problem_solved_note, situation_changed, situation_changed_note, capability_improved,"
            + " capability_improved_note, mechanism_improved, mechanism_improved_note, people_satisfied,"
            + " people_satisfied_note, outcome, return_reason, verified_at");
    final CopyBuffer ledger = new CopyBuffer("ledger_entry", "id, problem_id, seq, measure_id, unit_id, occurred_at,"
            + " actor_account_id, actor_name, actor_role, kind, changes, reason, prev_hash, hash");
    final CopyBuffer lookBack = new CopyBuffer("look_back",
            "id, problem_id, unit_id, closed_at, verification_id, due_on, status");
    final CopyBuffer escalation = new CopyBuffer("escalation", "id, problem_id, unit_id, measure_id, rule, trigger_key,"
            + " status, proposed_by, proposed_at, confirmed_by, confirmed_at, reason, supervise_until");
    final CopyBuffer urge = new CopyBuffer("urge",
            "id, problem_id, measure_id, unit_id, message, reply_by, sent_by, sent_at");
    final CopyBuffer revision = new CopyBuffer("revision_cycle",
            "id, problem_id, unit_id, cycle, reason_category, reason, returned_by, returned_at, returned_seq");
    final CopyBuffer extension = new CopyBuffer("extension_request", "id, problem_id, measure_id, unit_id,"
            + " deadline_before, requested_deadline, reason, status, requested_by, requested_at, decided_by, decided_at,"
            + " decision_note");

    List<CopyBuffer> inOrder() {
        return List.of(problem, measure, evidence, verification, ledger, lookBack, escalation, urge, revision, extension);
    }

    void flush(Connection c) throws SQLException, IOException {
        for (CopyBuffer b : inOrder()) {
            long t0 = System.nanoTime();
            b.flush(c);
            b.nanos += System.nanoTime() - t0;
        }
    }
}

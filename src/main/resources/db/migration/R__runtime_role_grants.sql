-- Privileges of the runtime role the service connects as in production (placeholder app_role,
-- default taizhang_app). Migrations run as the owner; the runtime role owns nothing, so it can
-- neither disable the ledger triggers nor drop anything. The ledger and the other append-only
-- tables get SELECT and INSERT only. Re-applied by Flyway whenever this file changes: a new
-- table must be added here.
DO $$
DECLARE
    app_role text := '${app_role}';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
        RAISE NOTICE 'runtime role % does not exist: no grants (development set-up)', app_role;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON unit, account, api_token, campaign, meeting, '
        'ledger_number_counter, problem, measure, supervision_setting, extension_request, urge, escalation, '
        'job_run, look_back, revision_cycle, theme TO %I', app_role);
    EXECUTE format('GRANT SELECT, INSERT ON ledger_entry, evidence, verification TO %I', app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_record TO %I', app_role);
    -- a theme link is removed when an inspector unlinks a problem; the ledger keeps both events
    EXECUTE format('GRANT SELECT, INSERT, DELETE ON theme_problem TO %I', app_role);
END;
$$;

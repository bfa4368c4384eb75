-- The claim must not depend on what PostgreSQL last analyzed (docs/adr/0008, docs/PERFORMANCE.md "Jobs").
--
-- 1. claim_jobs: the claim statement with its plan pinned. Without statistics on jobs (a fresh deployment or a
--    restored database, until autovacuum's first visit) the planner estimates a handful of due rows and picks Bitmap Heap Scan + Sort over every due job: LockRows sits
--    between Limit and Sort, so the sort is not bounded and every claim of 64 jobs sorted the whole backlog
--    (190 ms at 85,000 due jobs, external merge on disk). The only good plan is the ordered walk of
--    ix_jobs_pending_run_at that stops after p_take rows, each row updated through its primary key (a nested loop).
--    The function's plan is generic: it cannot see p_take, guesses 10% of the due rows, and with statistics would
--    hash-join them against a full scan of jobs_pkey (57 ms a claim at 100,000 jobs). Hence scans, sorts and
--    joins other than that one are off; these settings apply inside the function only.
CREATE FUNCTION claim_jobs(p_worker varchar, p_take integer, p_now timestamptz, p_lease_until timestamptz)
RETURNS TABLE (id uuid, type varchar, payload text, attempts integer, max_attempts integer, created_at timestamptz)
LANGUAGE sql VOLATILE
SET enable_seqscan = off
SET enable_bitmapscan = off
SET enable_sort = off
SET enable_hashjoin = off
SET enable_mergejoin = off
AS $$
    UPDATE jobs AS j
    SET state = 'running', attempts = j.attempts + 1, locked_by = p_worker, locked_until = p_lease_until, updated_at = p_now
    FROM (SELECT q.id FROM jobs AS q
          WHERE q.state = 'pending' AND q.run_at <= p_now
          ORDER BY q.run_at
          LIMIT p_take
          FOR UPDATE SKIP LOCKED) AS due
    WHERE j.id = due.id
    RETURNING j.id, j.type, j.payload::text, j.attempts, j.max_attempts, j.created_at
$$;

-- 2. Autovacuum by row counts, not by a fraction of the table. Every claim and outcome is a non-HOT update (state
--    is in the partial indexes' predicates), so each claimed job leaves a dead entry at the head of
--    ix_jobs_pending_run_at that every later claim steps over until a vacuum removes it. The default trigger is 20%
--    of the table (plus 50 rows), which with a day of retained history is millions of dead entries; here a vacuum
--    is due after 5,000 dead rows and an analyze after 5,000 changed rows, whatever the table's size. Autovacuum
--    still only looks every autovacuum_naptime (1 min by default), which is why the claim above must not need it.
ALTER TABLE jobs SET (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 5000,
    autovacuum_analyze_scale_factor = 0,
    autovacuum_analyze_threshold = 5000
);

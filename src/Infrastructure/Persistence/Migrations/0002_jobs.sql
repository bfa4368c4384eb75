-- Durable background jobs (see docs/adr/0005) and the e-mail outbox the SendEmail job writes to.
CREATE TABLE jobs (
    id           uuid         PRIMARY KEY,
    type         varchar(200) NOT NULL,
    payload      jsonb        NOT NULL,
    state        varchar(16)  NOT NULL CHECK (state IN ('pending', 'running', 'succeeded', 'dead')),
    attempts     integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts integer      NOT NULL CHECK (max_attempts >= 1),
    run_at       timestamptz  NOT NULL,
    locked_until timestamptz,
    locked_by    varchar(200),
    last_error   text,
    dedup_key    varchar(200),
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    completed_at timestamptz,
    CHECK ((state = 'running') = (locked_by IS NOT NULL AND locked_until IS NOT NULL))
);

-- Claiming: the due pending jobs in run_at order (the partial index holds only the queue, not history).
CREATE INDEX ix_jobs_pending_run_at ON jobs (run_at) WHERE state = 'pending';
-- Reaping: running jobs whose worker stopped renewing its lease.
CREATE INDEX ix_jobs_running_locked_until ON jobs (locked_until) WHERE state = 'running';
-- Retention: succeeded jobs older than Jobs:RetentionHours are deleted.
CREATE INDEX ix_jobs_succeeded_completed_at ON jobs (completed_at) WHERE state = 'succeeded';
-- The admin list of dead jobs (keyset on id).
CREATE INDEX ix_jobs_dead_id ON jobs (id) WHERE state = 'dead';
-- At most one queued job per deduplication key: INSERT ... ON CONFLICT DO NOTHING makes a duplicate a no-op.
CREATE UNIQUE INDEX ux_jobs_dedup_key ON jobs (dedup_key) WHERE state IN ('pending', 'running') AND dedup_key IS NOT NULL;

-- Every e-mail the application sent (or, without SMTP, wrote to the log): the outbox and its record.
CREATE TABLE emails (
    id         uuid         PRIMARY KEY,
    job_id     uuid,
    to_address varchar(254) NOT NULL,
    subject    varchar(300) NOT NULL,
    body       text         NOT NULL,
    transport  varchar(16)  NOT NULL CHECK (transport IN ('log', 'smtp')),
    created_at timestamptz  NOT NULL,
    sent_at    timestamptz
);

-- A job that ran again after a crash must not send its e-mail twice.
CREATE UNIQUE INDEX ux_emails_job_id ON emails (job_id) WHERE job_id IS NOT NULL;
CREATE INDEX ix_emails_to_address ON emails (to_address);

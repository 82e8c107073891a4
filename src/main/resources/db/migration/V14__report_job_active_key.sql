-- One unfinished job per owner, kind and period: a second click on "start" (or a second tab) joins the job already
-- queued or running instead of starting another. The key is set while the job is QUEUED or RUNNING and cleared when it
-- ends; NULLs do not collide, in H2 as in PostgreSQL.
ALTER TABLE report_job ADD COLUMN active_key VARCHAR(120);
CREATE UNIQUE INDEX ux_report_job_active ON report_job (active_key);

-- H2 hands out sequence and identity values 32 at a time by default and loses the unused ones when the process is
-- killed: after a crash, execution n° 1 was followed by n° 33. Admins read these numbers (executions, imports,
-- consolidations, audit events) and type them into commands; they must follow one another. One value at a time
-- costs a write per new run, step or file — a handful a night. PostgreSQL's sequences already cache one value.
ALTER SEQUENCE BATCH_JOB_INSTANCE_SEQ NO CACHE;
ALTER SEQUENCE BATCH_JOB_EXECUTION_SEQ NO CACHE;
ALTER SEQUENCE BATCH_STEP_EXECUTION_SEQ NO CACHE;
ALTER TABLE BATCH_JOB_INSTANCE ALTER COLUMN JOB_INSTANCE_ID SET NO CACHE;
ALTER TABLE BATCH_JOB_EXECUTION ALTER COLUMN JOB_EXECUTION_ID SET NO CACHE;
ALTER TABLE BATCH_STEP_EXECUTION ALTER COLUMN STEP_EXECUTION_ID SET NO CACHE;
ALTER TABLE import_file ALTER COLUMN id SET NO CACHE;
ALTER TABLE consolidation_run ALTER COLUMN id SET NO CACHE;
ALTER TABLE audit_event ALTER COLUMN id SET NO CACHE;

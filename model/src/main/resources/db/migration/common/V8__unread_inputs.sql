-- Nothing in silence: what an import saw of the input folder and did not read, so that the run summary,
-- `show`, the console and the workbooks can say it, also after a restart.

-- Entries of the input folder that an execution did not read (« fichiers ignorés »): a file of no known kind,
-- an older year of the directory than the one read, a hidden or temporary file, a sub-folder. Recorded by the
-- input check of each execution, in its own transaction, so that a run stopped by a missing file still has them.
CREATE TABLE ignored_file (
    job_execution_id  BIGINT        NOT NULL,
    file_name         VARCHAR(255)  NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    PRIMARY KEY (job_execution_id, file_name)
);

-- Header columns of a registered file that the import does not read (rule COLONNE_NON_LUE): beyond the data
-- contract in Copilote's own files, or left aside by the contract in a published base. The rows are kept whole.
CREATE TABLE unread_column (
    import_file_id  BIGINT        NOT NULL REFERENCES import_file (id),
    column_number   INT           NOT NULL,
    column_name     VARCHAR(200)  NOT NULL,
    reason          VARCHAR(200)  NOT NULL,
    PRIMARY KEY (import_file_id, column_number)
);

-- The year of each official base (SAE Q21, SAE MCO, …) a consolidation read its figures from: the workbooks say it
-- beside every official figure, and a restart that writes them from an earlier attempt's consolidation says the same.
CREATE TABLE consolidation_source (
    run_id      BIGINT       NOT NULL REFERENCES consolidation_run (id),
    source      VARCHAR(20)  NOT NULL,
    stat_year   INT          NOT NULL,
    PRIMARY KEY (run_id, source)
);

-- Official statistics read as published (DREES SAE bases, ATIH ScanSanté): one row per figure, that is per
-- non-empty cell of a measure column. Portable SQL shared by H2 and PostgreSQL.
--   source       StatisticSource (SAE_MCO, SAE_URGENCES, SAE_PERINAT, SAE_SSR, SAE_Q21, SCANSANTE_MCO)
--   finess       the establishment as the file names it (site or legal entity)
--   legal_entity its roll-up through the directory at import time; NULL when the directory does not know it
--   measure      the published column (SAE) or Copilote's code for it (ScanSanté), see docs/data-contract.md
--   dimension    the row of a breakdown: DISCI (Q21), GDE (SSR), URG (URGENCES2); NULL for the others
--   amount       the published number (percentages as rates: 63,3 % is 0.633); NULL when masked
--   masked_text  the publisher's text for a masked small count (« 1 à 10 »); NULL for a number
-- An empty cell has no row: absent is neither zero nor masked.
CREATE TABLE official_statistic (
    import_file_id  BIGINT         NOT NULL REFERENCES import_file (id),
    line_number     BIGINT         NOT NULL,
    source          VARCHAR(20)    NOT NULL,
    stat_year       INT            NOT NULL,
    finess          CHAR(9)        NOT NULL,
    legal_entity    CHAR(9),
    measure         VARCHAR(40)    NOT NULL,
    dimension       VARCHAR(20),
    amount          NUMERIC(20, 6),
    masked_text     VARCHAR(30),
    PRIMARY KEY (import_file_id, line_number, measure),
    CHECK ((amount IS NULL AND masked_text IS NOT NULL) OR (amount IS NOT NULL AND masked_text IS NULL))
);
-- A newer file replaces the figures of the same source and year; consolidation sums per entity and measure.
CREATE INDEX official_statistic_scope ON official_statistic (source, stat_year, measure);
CREATE INDEX official_statistic_entity ON official_statistic (legal_entity, source, stat_year);

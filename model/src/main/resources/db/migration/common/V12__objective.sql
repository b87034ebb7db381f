-- objectifs.csv: the objectives of each territory's shared medical project, one row per objective, kept like the
-- other row files (file and line, published with them, replaced territory by territory). legal_entity is the
-- roll-up of finess at import time; both are NULL for an objective on the territory as a whole. care_pathway NULL:
-- all pathways; activity_type NULL: no breakdown by type; direction NULL: the indicator's usual one.
CREATE TABLE objective (
    import_file_id   BIGINT         NOT NULL REFERENCES import_file (id),
    line_number      BIGINT         NOT NULL,
    territory_code   VARCHAR(30)    NOT NULL,
    care_pathway     VARCHAR(30),
    indicator        VARCHAR(60)    NOT NULL,
    activity_type    VARCHAR(30),
    finess           CHAR(9),
    legal_entity     CHAR(9),
    objective_year   INT            NOT NULL,
    target           NUMERIC(20, 6) NOT NULL,
    direction        VARCHAR(10),
    PRIMARY KEY (import_file_id, line_number)
);
CREATE INDEX objective_territory ON objective (territory_code);

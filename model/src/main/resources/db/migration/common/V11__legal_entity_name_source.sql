-- Where a legal entity's name comes from: ST (the SAE legal-entity base), ID (the entity's own row of the ID base),
-- SITES (neither: made up from its sites, and flagged in the workbooks). Rows loaded before this migration keep a NULL
-- source and are read as the ST name they were then; the next directory import fills it.
ALTER TABLE legal_entity ADD COLUMN name_source VARCHAR(10);

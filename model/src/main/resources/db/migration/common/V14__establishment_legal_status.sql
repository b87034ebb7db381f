-- The SAE directory's legal status (stjr) of each site, so that figures can tell public establishments from private
-- ones (the biology internalisation rate). Null for a directory loaded before this column or without stjr.
ALTER TABLE establishment ADD COLUMN legal_status VARCHAR(20);

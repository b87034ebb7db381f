-- Each territory's workbook reads its own establishments' activity: an index by entity and month keeps that
-- proportional to the territory's rows rather than to the whole table.
CREATE INDEX activity_entity_period ON activity (legal_entity, period);

-- Monthly series (24-month trends) carry their month; other figures leave it empty.
ALTER TABLE indicator_value ADD COLUMN period_month DATE;

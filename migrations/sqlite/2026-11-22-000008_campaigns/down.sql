-- Reverts 2026-11-22-000008_campaigns.
DROP TABLE IF EXISTS campaign_entries;
DROP TABLE IF EXISTS campaigns;

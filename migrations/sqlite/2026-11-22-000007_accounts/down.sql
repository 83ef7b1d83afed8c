-- Reverts 2026-11-22-000007_accounts.
DROP TABLE IF EXISTS saved_exports;
DROP TABLE IF EXISTS saved_searches;
DROP TABLE IF EXISTS user_tokens;
DROP TABLE IF EXISTS refresh_tokens;
DROP TABLE IF EXISTS user_collectivites;
DROP TABLE IF EXISTS users;

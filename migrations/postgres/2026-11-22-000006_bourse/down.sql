-- Reverts 2026-11-22-000006_bourse.
DROP TABLE IF EXISTS bourse_request_themes;
DROP TABLE IF EXISTS bourse_requests;

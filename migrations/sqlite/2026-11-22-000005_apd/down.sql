-- Reverts 2026-11-22-000005_apd.
DROP TABLE IF EXISTS apd_lines;
DROP TABLE IF EXISTS apd_declarations;

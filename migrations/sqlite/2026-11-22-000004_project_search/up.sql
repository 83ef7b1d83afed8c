-- Full-text index on projects. The write path stores the searchable text in project_texts,
-- with ligatures already folded in code (œ → oe: FTS5 does not fold them); FTS5 folds case and
-- accents. Triggers keep the external-content FTS5 table in step with project_texts.
CREATE TABLE project_texts (
    project_id INTEGER PRIMARY KEY NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    places TEXT NOT NULL
);

CREATE VIRTUAL TABLE project_fts USING fts5 (
    title, body, places,
    content = 'project_texts',
    content_rowid = 'project_id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);

CREATE TRIGGER project_texts_ai AFTER INSERT ON project_texts BEGIN
    INSERT INTO project_fts (rowid, title, body, places)
    VALUES (new.project_id, new.title, new.body, new.places);
END;

CREATE TRIGGER project_texts_ad AFTER DELETE ON project_texts BEGIN
    INSERT INTO project_fts (project_fts, rowid, title, body, places)
    VALUES ('delete', old.project_id, old.title, old.body, old.places);
END;

CREATE TRIGGER project_texts_au AFTER UPDATE ON project_texts BEGIN
    INSERT INTO project_fts (project_fts, rowid, title, body, places)
    VALUES ('delete', old.project_id, old.title, old.body, old.places);
    INSERT INTO project_fts (rowid, title, body, places)
    VALUES (new.project_id, new.title, new.body, new.places);
END;

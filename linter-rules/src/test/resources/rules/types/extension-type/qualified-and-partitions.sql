CREATE SCHEMA ext;
CREATE EXTENSION cube WITH SCHEMA ext;
CREATE TABLE t_doc (
    created_on date NOT NULL,
    embedding ext.cube -- expect: types/extension-type public.t_doc.embedding "ext.cube"
) PARTITION BY RANGE (created_on);
CREATE TABLE t_doc_2024 PARTITION OF t_doc FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- Interdict's own cluster tables, beside Orleans' membership tables; every statement may run again (ClusterSchema.cs).

-- A customer's shard is a range of this hash (CustomerShards.cs computes the same in C#): the first 32 bits of the MD5
-- of its id. Indexed, so a shard activating reads its own customers, not the whole table.
CREATE INDEX IF NOT EXISTS customers_by_shard_hash ON customers (((('x' || substr(md5(id), 1, 8))::bit(32)::bigint)));

-- One row per shard that finished its part of a job (a list update's delta re-screen, a full re-screen): a shard
-- asked again (its caller crashed and the job was resumed) answers from here and raises nothing twice.
CREATE TABLE IF NOT EXISTS cluster_shard_runs (
    job_id bigint NOT NULL,
    shard integer NOT NULL,
    candidates integer NOT NULL,
    hits integer NOT NULL,
    matches integer NOT NULL,
    raised bigint[] NOT NULL,
    silo text NOT NULL,
    completed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job_id, shard)
);

-- The cluster's fixed settings, written by the first silo: every silo must split customers into the same shards.
CREATE TABLE IF NOT EXISTS cluster_settings (
    key text PRIMARY KEY,
    value text NOT NULL
);

-- Batch screening across the cluster (ClusterBatches.cs, docs/adr/0003-cluster-batches.md): a batch file split into
-- chunks that the silos claim with a lease and screen; a chunk's output is written once (only while it has none), and
-- the output file is assembled from the chunks in order. Identity: the SHA-256 of the input file and the settings, so
-- `screen --cluster` run again with the same arguments resumes its unfinished batch instead of starting another.
CREATE TABLE IF NOT EXISTS cluster_batches (
    id bigserial PRIMARY KEY,
    identity text NOT NULL,
    input_name text NOT NULL,
    header bytea NOT NULL,
    format text NOT NULL,
    threshold double precision NOT NULL,
    lists text NOT NULL,
    as_of date,
    versions text NOT NULL,
    chunk_rows integer NOT NULL,
    chunks integer,
    rows bigint,
    created_at timestamptz NOT NULL DEFAULT now(),
    collected_at timestamptz
);
CREATE UNIQUE INDEX IF NOT EXISTS cluster_batches_uncollected ON cluster_batches (identity) WHERE collected_at IS NULL;
-- The input file's SHA-256 (hex), for the audit record of a batch sent over HTTP (POST /v1/batches).
ALTER TABLE cluster_batches ADD COLUMN IF NOT EXISTS input_sha256 text;

CREATE TABLE IF NOT EXISTS cluster_batch_chunks (
    batch_id bigint NOT NULL REFERENCES cluster_batches (id) ON DELETE CASCADE,
    seq integer NOT NULL,
    rows integer NOT NULL,
    input bytea NOT NULL,
    lease_owner text,
    lease_until timestamptz,
    attempts integer NOT NULL DEFAULT 0,
    output bytea,
    reports bytea,
    screened integer,
    with_hits integer,
    bad_rows integer,
    warnings integer,
    silo text,
    done_at timestamptz,
    PRIMARY KEY (batch_id, seq)
);
CREATE INDEX IF NOT EXISTS cluster_batch_chunks_open ON cluster_batch_chunks (batch_id, seq) WHERE output IS NULL;

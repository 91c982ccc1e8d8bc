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

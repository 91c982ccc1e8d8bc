namespace Interdict.Storage.Sql;

/// <summary>The SQLite schema, step by step. Times are INTEGER microseconds since the Unix epoch, UTC.</summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "customers, alerts, alert events, audit records, API keys, list versions", """
            CREATE TABLE customers (
                id TEXT NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                date_of_birth TEXT NULL,
                nationality TEXT NULL,
                country TEXT NULL,
                identifiers TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                revision INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE alerts (
                id INTEGER PRIMARY KEY,
                customer_id TEXT NOT NULL REFERENCES customers (id),
                customer_fingerprint TEXT NOT NULL,
                source TEXT NOT NULL,
                entry_reference TEXT NOT NULL,
                entry_key TEXT NOT NULL,
                entry_name TEXT NOT NULL,
                list_version TEXT NOT NULL,
                entry_fingerprint TEXT NOT NULL,
                score REAL NOT NULL,
                explanation TEXT NOT NULL,
                origin TEXT NOT NULL,
                state TEXT NOT NULL,
                proposal_analyst TEXT NULL,
                proposal_outcome TEXT NULL,
                proposal_reason TEXT NULL,
                proposal_at INTEGER NULL,
                review_supervisor TEXT NULL,
                review_decision TEXT NULL,
                review_reason TEXT NULL,
                review_at INTEGER NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                version INTEGER NOT NULL
            );
            CREATE INDEX alerts_by_state ON alerts (state, id);
            CREATE INDEX alerts_by_created ON alerts (created_at);
            CREATE INDEX alerts_by_customer ON alerts (customer_id, entry_key);
            CREATE INDEX alerts_by_entry ON alerts (entry_key, state);

            CREATE TABLE alert_events (
                id INTEGER PRIMARY KEY,
                alert_id INTEGER NOT NULL REFERENCES alerts (id),
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                from_state TEXT NULL,
                to_state TEXT NOT NULL,
                note TEXT NOT NULL
            );
            CREATE INDEX alert_events_by_alert ON alert_events (alert_id, id);
            CREATE TRIGGER alert_events_no_update BEFORE UPDATE ON alert_events
            BEGIN SELECT RAISE(ABORT, 'alert_events is append-only'); END;
            CREATE TRIGGER alert_events_no_delete BEFORE DELETE ON alert_events
            BEGIN SELECT RAISE(ABORT, 'alert_events is append-only'); END;

            CREATE TABLE audit_records (
                sequence INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                subject TEXT NOT NULL,
                inputs TEXT NOT NULL,
                outputs TEXT NOT NULL,
                list_versions TEXT NOT NULL,
                rulebook_version TEXT NULL,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            );
            CREATE INDEX audit_records_by_at ON audit_records (at);
            CREATE INDEX audit_records_by_action ON audit_records (action, sequence);
            CREATE INDEX audit_records_by_subject ON audit_records (subject, sequence);
            CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
            BEGIN SELECT RAISE(ABORT, 'audit_records is append-only'); END;
            CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records
            BEGIN SELECT RAISE(ABORT, 'audit_records is append-only'); END;

            CREATE TABLE api_keys (
                id TEXT NOT NULL PRIMARY KEY,
                name TEXT NOT NULL,
                role TEXT NOT NULL,
                secret_hash TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                revoked_at INTEGER NULL
            );

            CREATE TABLE list_versions (
                id INTEGER PRIMARY KEY,
                source TEXT NOT NULL,
                label TEXT NOT NULL,
                generated_at INTEGER NOT NULL,
                imported_at INTEGER NOT NULL,
                imported_by TEXT NOT NULL,
                file_name TEXT NOT NULL,
                format TEXT NOT NULL,
                entry_count INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                size INTEGER NOT NULL,
                content BLOB NOT NULL,
                UNIQUE (source, sha256)
            );
            """),
        new(2, "customers by time of change, for processes catching up with each other", """
            CREATE INDEX customers_by_updated ON customers (updated_at);
            """),
        new(3, "jobs: work that follows committed data and survives a crash", """
            CREATE TABLE jobs (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                input TEXT NOT NULL,
                state TEXT NOT NULL,
                progress TEXT NOT NULL,
                result TEXT NULL,
                error TEXT NULL,
                owner TEXT NULL,
                lease_until INTEGER NULL,
                attempts INTEGER NOT NULL,
                created_by TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                finished_at INTEGER NULL
            );
            CREATE INDEX jobs_by_state ON jobs (state, id);
            """),
        new(4, "payment alerts: held and reviewed payments under four-eyes review, one per message", """
            CREATE TABLE payment_alerts (
                id INTEGER PRIMARY KEY,
                message_id TEXT NOT NULL,
                message_type TEXT NOT NULL,
                source TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                outcome TEXT NOT NULL,
                as_of TEXT NOT NULL,
                message TEXT NOT NULL,
                hits TEXT NOT NULL,
                basis TEXT NOT NULL,
                explanation TEXT NOT NULL,
                list_versions TEXT NOT NULL,
                rulebook_version TEXT NULL,
                state TEXT NOT NULL,
                proposal_analyst TEXT NULL,
                proposal_decision TEXT NULL,
                proposal_reason TEXT NULL,
                proposal_at INTEGER NULL,
                review_supervisor TEXT NULL,
                review_decision TEXT NULL,
                review_reason TEXT NULL,
                review_at INTEGER NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                version INTEGER NOT NULL,
                UNIQUE (message_id, content_hash)
            );
            CREATE INDEX payment_alerts_by_state ON payment_alerts (state, id);

            CREATE TABLE payment_alert_events (
                id INTEGER PRIMARY KEY,
                alert_id INTEGER NOT NULL REFERENCES payment_alerts (id),
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                from_state TEXT NULL,
                to_state TEXT NOT NULL,
                note TEXT NOT NULL
            );
            CREATE INDEX payment_alert_events_by_alert ON payment_alert_events (alert_id, id);
            CREATE TRIGGER payment_alert_events_no_update BEFORE UPDATE ON payment_alert_events
            BEGIN SELECT RAISE(ABORT, 'payment_alert_events is append-only'); END;
            CREATE TRIGGER payment_alert_events_no_delete BEFORE DELETE ON payment_alert_events
            BEGIN SELECT RAISE(ABORT, 'payment_alert_events is append-only'); END;
            """),
        new(5, "customers' owners and controllers (JSON), screened with them by the ownership rule", """
            ALTER TABLE customers ADD COLUMN owners TEXT NOT NULL DEFAULT '[]';
            """),
    ];
}

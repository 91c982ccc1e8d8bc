using Interdict.Core.Alerts;

namespace Interdict.Storage.Sql;

/// <summary>An <c>alerts</c> row.</summary>
internal sealed class AlertRow
{
    public const string Columns = """
        id, customer_id, customer_fingerprint, source, entry_reference, entry_key, entry_name, list_version,
        entry_fingerprint, score, explanation, origin, state, proposal_analyst, proposal_outcome, proposal_reason,
        proposal_at, review_supervisor, review_decision, review_reason, review_at, created_at, updated_at, version
        """;

    public const string InsertSql = """
        INSERT INTO alerts (customer_id, customer_fingerprint, source, entry_reference, entry_key, entry_name, list_version,
            entry_fingerprint, score, explanation, origin, state, proposal_analyst, proposal_outcome, proposal_reason,
            proposal_at, review_supervisor, review_decision, review_reason, review_at, created_at, updated_at, version)
        VALUES (@CustomerId, @CustomerFingerprint, @Source, @EntryReference, @EntryKey, @EntryName, @ListVersion,
            @EntryFingerprint, @Score, @Explanation, @Origin, @State, @ProposalAnalyst, @ProposalOutcome, @ProposalReason,
            @ProposalAt, @ReviewSupervisor, @ReviewDecision, @ReviewReason, @ReviewAt, @CreatedAt, @UpdatedAt, 1)
        RETURNING id
        """;

    /// <summary>Writes the changed fields only when the stored version is the one the change was decided on.</summary>
    public const string UpdateSql = """
        UPDATE alerts SET state = @State, proposal_analyst = @ProposalAnalyst, proposal_outcome = @ProposalOutcome,
            proposal_reason = @ProposalReason, proposal_at = @ProposalAt, review_supervisor = @ReviewSupervisor,
            review_decision = @ReviewDecision, review_reason = @ReviewReason, review_at = @ReviewAt,
            updated_at = @UpdatedAt, version = version + 1
        WHERE id = @Id AND version = @Version
        """;

    const string Confirmed = "confirmed";
    const string Rejected = "rejected";

    public long Id { get; set; }
    public string CustomerId { get; set; } = "";
    public string CustomerFingerprint { get; set; } = "";
    public string Source { get; set; } = "";
    public string EntryReference { get; set; } = "";
    public string EntryKey { get; set; } = "";
    public string EntryName { get; set; } = "";
    public string ListVersion { get; set; } = "";
    public string EntryFingerprint { get; set; } = "";
    public double Score { get; set; }
    public string Explanation { get; set; } = "";
    public string Origin { get; set; } = "";
    public string State { get; set; } = "";
    public string? ProposalAnalyst { get; set; }
    public string? ProposalOutcome { get; set; }
    public string? ProposalReason { get; set; }
    public long? ProposalAt { get; set; }
    public string? ReviewSupervisor { get; set; }
    public string? ReviewDecision { get; set; }
    public string? ReviewReason { get; set; }
    public long? ReviewAt { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }
    public long Version { get; set; }

    public static AlertRow From(Alert alert) => new()
    {
        Id = alert.Id,
        CustomerId = alert.CustomerId,
        CustomerFingerprint = alert.CustomerFingerprint,
        Source = alert.Source,
        EntryReference = alert.EntryReference,
        EntryKey = alert.EntryKey,
        EntryName = alert.EntryName,
        ListVersion = alert.ListVersion,
        EntryFingerprint = alert.EntryFingerprint,
        Score = alert.Score,
        Explanation = alert.Explanation,
        Origin = alert.Origin.ToString(),
        State = alert.State.ToString(),
        ProposalAnalyst = alert.Proposal?.Analyst,
        ProposalOutcome = alert.Proposal?.Outcome.ToString(),
        ProposalReason = alert.Proposal?.Reason,
        ProposalAt = Micros.Of(alert.Proposal?.At),
        ReviewSupervisor = alert.Review?.Supervisor,
        ReviewDecision = alert.Review is null ? null : alert.Review.Confirmed ? Confirmed : Rejected,
        ReviewReason = alert.Review?.Reason,
        ReviewAt = Micros.Of(alert.Review?.At),
        CreatedAt = Micros.Of(alert.CreatedAt),
        UpdatedAt = Micros.Of(alert.UpdatedAt),
        Version = alert.Version,
    };

    public Alert ToAlert() => new()
    {
        Id = Id,
        CustomerId = CustomerId,
        CustomerFingerprint = CustomerFingerprint,
        Source = Source,
        EntryReference = EntryReference,
        EntryName = EntryName,
        ListVersion = ListVersion,
        EntryFingerprint = EntryFingerprint,
        Score = Score,
        Explanation = Explanation,
        Origin = Enum.Parse<AlertOrigin>(Origin),
        State = Enum.Parse<AlertState>(State),
        Proposal = ProposalAnalyst is null ? null
            : new AlertProposal(ProposalAnalyst, Enum.Parse<AlertOutcome>(ProposalOutcome!), ProposalReason ?? "", Micros.To(ProposalAt ?? 0)),
        Review = ReviewSupervisor is null ? null
            : new AlertReview(ReviewSupervisor, ReviewDecision == Confirmed, ReviewReason ?? "", Micros.To(ReviewAt ?? 0)),
        CreatedAt = Micros.To(CreatedAt),
        UpdatedAt = Micros.To(UpdatedAt),
        Version = checked((int)Version),
    };
}

using System.Globalization;
using Interdict.Core.Alerts;

namespace Interdict.Storage.Sql;

/// <summary>A <c>payment_alerts</c> row.</summary>
internal sealed class PaymentAlertRow
{
    public const string Columns = """
        id, message_id, message_type, source, content_hash, outcome, as_of, message, hits, basis, explanation, list_versions,
        rulebook_version, state, proposal_analyst, proposal_decision, proposal_reason, proposal_at, review_supervisor,
        review_decision, review_reason, review_at, created_at, updated_at, version
        """;

    /// <summary>Inserts unless the message (id and content hash) has its alert already: then nothing comes back.</summary>
    public const string InsertSql = """
        INSERT INTO payment_alerts (message_id, message_type, source, content_hash, outcome, as_of, message, hits, basis, explanation,
            list_versions, rulebook_version, state, created_at, updated_at, version)
        VALUES (@MessageId, @MessageType, @Source, @ContentHash, @Outcome, @AsOf, @Message, @Hits, @Basis, @Explanation,
            @ListVersions, @RulebookVersion, @State, @CreatedAt, @UpdatedAt, 1)
        ON CONFLICT (message_id, content_hash) DO NOTHING
        RETURNING id
        """;

    /// <summary>Writes the changed fields only when the stored version is the one the change was decided on.</summary>
    public const string UpdateSql = """
        UPDATE payment_alerts SET state = @State, proposal_analyst = @ProposalAnalyst, proposal_decision = @ProposalDecision,
            proposal_reason = @ProposalReason, proposal_at = @ProposalAt, review_supervisor = @ReviewSupervisor,
            review_decision = @ReviewDecision, review_reason = @ReviewReason, review_at = @ReviewAt,
            updated_at = @UpdatedAt, version = version + 1
        WHERE id = @Id AND version = @Version
        """;

    const string Confirmed = "confirmed";
    const string Declined = "declined";

    public long Id { get; set; }
    public string MessageId { get; set; } = "";
    public string MessageType { get; set; } = "";
    public string Source { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public string Outcome { get; set; } = "";
    public string AsOf { get; set; } = "";
    public string Message { get; set; } = "";
    public string Hits { get; set; } = "";
    public string Basis { get; set; } = "";
    public string Explanation { get; set; } = "";
    public string ListVersions { get; set; } = "[]";
    public string? RulebookVersion { get; set; }
    public string State { get; set; } = "";
    public string? ProposalAnalyst { get; set; }
    public string? ProposalDecision { get; set; }
    public string? ProposalReason { get; set; }
    public long? ProposalAt { get; set; }
    public string? ReviewSupervisor { get; set; }
    public string? ReviewDecision { get; set; }
    public string? ReviewReason { get; set; }
    public long? ReviewAt { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }
    public long Version { get; set; }

    public static PaymentAlertRow From(PaymentAlert alert) => new()
    {
        Id = alert.Id,
        MessageId = alert.MessageId,
        MessageType = alert.MessageType,
        Source = alert.Source,
        ContentHash = alert.ContentHash,
        Outcome = alert.Outcome,
        AsOf = alert.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Message = alert.Message,
        Hits = alert.Hits,
        Basis = alert.Basis,
        Explanation = alert.Explanation,
        ListVersions = JsonText.Strings(alert.ListVersions),
        RulebookVersion = alert.RulebookVersion,
        State = alert.State.ToString(),
        ProposalAnalyst = alert.Proposal?.Analyst,
        ProposalDecision = alert.Proposal?.Decision.ToString(),
        ProposalReason = alert.Proposal?.Reason,
        ProposalAt = Micros.Of(alert.Proposal?.At),
        ReviewSupervisor = alert.Review?.Supervisor,
        ReviewDecision = alert.Review is null ? null : alert.Review.Confirmed ? Confirmed : Declined,
        ReviewReason = alert.Review?.Reason,
        ReviewAt = Micros.Of(alert.Review?.At),
        CreatedAt = Micros.Of(alert.CreatedAt),
        UpdatedAt = Micros.Of(alert.UpdatedAt),
        Version = alert.Version,
    };

    public PaymentAlert ToAlert() => new()
    {
        Id = Id,
        MessageId = MessageId,
        MessageType = MessageType,
        Source = Source,
        ContentHash = ContentHash,
        Outcome = Outcome,
        AsOf = DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Message = Message,
        Hits = Hits,
        Basis = Basis,
        Explanation = Explanation,
        ListVersions = JsonText.ReadStrings(ListVersions),
        RulebookVersion = RulebookVersion,
        State = Enum.Parse<PaymentAlertState>(State),
        Proposal = ProposalAnalyst is null ? null
            : new PaymentAlertProposal(ProposalAnalyst, Enum.Parse<PaymentDecision>(ProposalDecision!), ProposalReason ?? "", Micros.To(ProposalAt ?? 0)),
        Review = ReviewSupervisor is null ? null
            : new AlertReview(ReviewSupervisor, ReviewDecision == Confirmed, ReviewReason ?? "", Micros.To(ReviewAt ?? 0)),
        CreatedAt = Micros.To(CreatedAt),
        UpdatedAt = Micros.To(UpdatedAt),
        Version = checked((int)Version),
    };
}

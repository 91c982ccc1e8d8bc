using System.Collections.Immutable;

namespace Interdict.Payments;

/// <summary>What one payment message says, whatever its format: parties, agents, amounts, free text and codes, each
/// with its place in the message.</summary>
/// <remarks>
/// <para>Immutable and thread-safe. Built by <see cref="PaymentParser"/> (and the ISO 20022 and MT readers behind it);
/// a <see cref="Payment"/> is only ever built from a message that was read whole: a refused message has none.</para>
/// <para>A message with several transactions (pain.001, MT101, a pacs.008 batch) gives the parties of every
/// transaction in one list; their <see cref="Place"/> paths tell the transactions apart.</para>
/// </remarks>
public sealed record Payment
{
    /// <summary>The syntax of the message.</summary>
    public required MessageFormat Format { get; init; }

    /// <summary>The message type with its version as the message declares it: <c>pacs.008.001.08</c>,
    /// <c>pain.001.001.03</c>, <c>head.001.001.03</c>; <c>MT103</c>, <c>MT202</c>.</summary>
    public required string MessageType { get; init; }

    /// <summary>The variant within the type, when there is one: <c>COV</c> (pacs.009 with an underlying customer
    /// transfer, MT202/205 with <c>{119:COV}</c>), <c>STP</c> (MT103 <c>{119:STP}</c>), <c>ADV</c>; otherwise null.</summary>
    public string? Variant { get; init; }

    /// <summary>The message's own identifier (BAH <c>BizMsgIdr</c>, else <c>GrpHdr/MsgId</c>; MT <c>:20:</c>).</summary>
    public Located? MessageId { get; init; }

    /// <summary>Customers and institutions with their roles; agents have <see cref="PaymentParty.IsAgent"/> true.</summary>
    public ImmutableArray<PaymentParty> Parties { get; init; } = [];

    /// <summary>Amounts with currencies and value dates.</summary>
    public ImmutableArray<PaymentAmount> Amounts { get; init; } = [];

    /// <summary>Remittance information and other free text.</summary>
    public ImmutableArray<PaymentText> Texts { get; init; } = [];

    /// <summary>Purpose, regulatory reporting, reason codes and references.</summary>
    public ImmutableArray<PaymentCode> Codes { get; init; } = [];

    /// <summary>The number of transactions the message carries (1 for MT103; <c>CdtTrfTxInf</c>, <c>TxInf</c> count; MT101
    /// sequence B count).</summary>
    public int Transactions { get; init; } = 1;

    /// <summary>The customer parties (not agents).</summary>
    public IEnumerable<PaymentParty> Customers => Parties.Where(p => !p.IsAgent);

    /// <summary>The banks: agents, correspondents, sender and receiver.</summary>
    public IEnumerable<PaymentParty> Agents => Parties.Where(p => p.IsAgent);

    /// <summary>The value date: the first amount's date, when any amount has one.</summary>
    public DateOnly? ValueDate
    {
        get
        {
            foreach (var amount in Amounts)
            {
                if (amount.ValueDate is { } date) return date;
            }
            return null;
        }
    }

    /// <summary>The parties in <paramref name="role"/>, in message order.</summary>
    public IEnumerable<PaymentParty> InRole(PaymentRole role) => Parties.Where(p => p.Role == role);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{MessageType}{(Variant is null ? "" : " " + Variant)} {MessageId?.Value}: {Parties.Length} parties and agents, {Texts.Length} texts";
}

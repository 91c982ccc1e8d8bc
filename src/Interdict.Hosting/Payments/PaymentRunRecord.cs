using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Interdict.Hosting.Screening;

namespace Interdict.Hosting.Payments;

/// <summary>What the audit record of one payments run says (what was screened, and every message's answer), gathered
/// as the answers are written: a run of any length records them without keeping the screened messages.</summary>
/// <remarks>The answers are written as <see cref="PaymentJson"/> writes them, into one JSON array, as the record of a run
/// always held them (<see cref="PaymentService.RecordAsync(PaymentRunRecord, Access.Actor, CancellationToken)"/>). Not
/// thread-safe: one run adds its answers in order.</remarks>
/// <param name="input">What was screened (a file or folder name, <c>request</c>).</param>
/// <param name="sha256">The SHA-256 of the input, when one input was read.</param>
public sealed class PaymentRunRecord(string input, string? sha256) : IDisposable
{
    readonly ArrayBufferWriter<byte> _answers = new(1 << 12);
    Utf8JsonWriter? _json;
    string? _onlyId;
    string? _outputs;

    /// <summary>What was screened.</summary>
    public string Input { get; } = input ?? throw new ArgumentNullException(nameof(input));

    /// <summary>The SHA-256 of the input, when one input was read.</summary>
    public string? Sha256 { get; } = sha256;

    /// <summary>The messages added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Adds the next message's answer.</summary>
    public void Add(ScreenedPayment screened)
    {
        ArgumentNullException.ThrowIfNull(screened);
        if (_outputs is not null) throw new InvalidOperationException("the run's answers were already taken for its record");
        if (_json is null)
        {
            _json = new Utf8JsonWriter(_answers, MatchJson.WriterOptions);
            _json.WriteStartArray();
        }
        PaymentJson.Write(_json, screened);
        _onlyId = Count == 0 ? screened.Read.Payment?.MessageId?.Value : null;
        Count++;
    }

    /// <summary>The record's subject: the message's own id when the run was one message that has one, else the input and
    /// the number of messages.</summary>
    public string Subject => Count == 1 && _onlyId is { } id ? id : string.Create(CultureInfo.InvariantCulture, $"{Input}: {Count} messages");

    /// <summary>Every answer added, as one JSON array; no answer can be added after.</summary>
    internal string Outputs()
    {
        if (_outputs is not null) return _outputs;
        if (_json is null) return _outputs = "[]";
        _json.WriteEndArray();
        _json.Flush();
        _outputs = Encoding.UTF8.GetString(_answers.WrittenSpan);
        return _outputs;
    }

    /// <summary>Lets go of the JSON writer.</summary>
    public void Dispose() => _json?.Dispose();
}

using System.Globalization;
using System.Text.Json;
using Interdict.Core.Audit;
using Interdict.Hosting.Access;
using Interdict.Hosting.Audit;
using Interdict.Hosting.Lists;
using Interdict.Rules.Checks;
using Interdict.Rules.Evaluation;
using Interdict.Storage;

namespace Interdict.Hosting.Checks;

/// <summary>Decides trade checks (CHECK-FORMAT) with the served rulebook and records each request in the audit trail
/// with the rulebook version and the list versions in force.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class CheckService
{
    readonly RulebookHost _rulebook;
    readonly ListHost _lists;
    readonly IAuditLog _audit;

    /// <summary>Creates the service.</summary>
    /// <param name="rulebook">The rulebook and its evaluator.</param>
    /// <param name="lists">The lists parties are screened against.</param>
    /// <param name="audit">Where each request is recorded.</param>
    public CheckService(RulebookHost rulebook, ListHost lists, IAuditLog audit)
    {
        _rulebook = rulebook;
        _lists = lists;
        _audit = audit;
    }

    /// <summary>The rulebook version answers are given under.</summary>
    public string RulebookVersion => _rulebook.Version;

    /// <summary>Reads and decides one check, without recording it.</summary>
    /// <param name="check">The check as JSON (CHECK-FORMAT §1).</param>
    /// <param name="answer">The answer, when the check could be read and decided.</param>
    /// <param name="error">What is wrong with the check, naming the field.</param>
    /// <returns>True when decided.</returns>
    public bool TryEvaluate(JsonElement check, out Answer? answer, out string? error)
    {
        answer = null;
        if (!CheckReader.TryRead(check, out var read, out error)) return false;
        try
        {
            answer = _rulebook.Evaluator.Evaluate(read!);
            return true;
        }
        catch (ArgumentException e)
        {
            // The evaluator refuses a check naming an unknown proposal: the caller's error, not ours.
            error = e.Message;
            return false;
        }
    }

    /// <summary>Records decided checks in the audit trail: one record for one check, one for a batch.</summary>
    /// <param name="checks">The checks as received.</param>
    /// <param name="answers">Their answers, in the same order.</param>
    /// <param name="actor">Who asked.</param>
    /// <param name="cancellationToken">Cancels waiting for the commit.</param>
    public async Task RecordAsync(IReadOnlyList<JsonElement> checks, IReadOnlyList<Answer> answers, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(actor);
        var one = checks.Count == 1;
        var entry = new AuditEntry(actor.Name, one ? AuditActions.Check : AuditActions.CheckBatch,
            one ? answers[0].Id : string.Create(CultureInfo.InvariantCulture, $"{checks.Count} checks"))
        {
            Inputs = AuditJson.Of(json =>
            {
                if (!one) json.WriteStartArray();
                foreach (var check in checks) check.WriteTo(json);
                if (!one) json.WriteEndArray();
            }),
            Outputs = AuditJson.Of(json =>
            {
                if (!one) json.WriteStartArray();
                foreach (var answer in answers) AnswerJson.Write(json, answer);
                if (!one) json.WriteEndArray();
            }),
            ListVersions = [.. _lists.Current.Sources.Select(_lists.Current.FindInForce).OfType<LoadedVersion>().Select(v => v.Snapshot.Version.ToString())],
            RulebookVersion = _rulebook.Version,
        };
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
    }
}

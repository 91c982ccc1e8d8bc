using System.Text.Json;
using Interdict.Rules.Checks;
using Interdict.Rules.Evaluation;

namespace Interdict.Hosting.Checks;

/// <summary>Decides trade checks (CHECK-FORMAT) with the served rulebook.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class CheckService
{
    readonly RulebookHost _rulebook;

    /// <summary>Creates the service.</summary>
    /// <param name="rulebook">The rulebook and its evaluator.</param>
    public CheckService(RulebookHost rulebook) => _rulebook = rulebook;

    /// <summary>The rulebook version answers are given under.</summary>
    public string RulebookVersion => _rulebook.Version;

    /// <summary>Reads and decides one check.</summary>
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
}

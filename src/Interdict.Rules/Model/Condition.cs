using Interdict.Rules.Evaluation;

namespace Interdict.Rules.Model;

/// <summary>A condition on the facts of a check, written in the facts vocabulary (CHECK-FORMAT §1.5).</summary>
/// <remarks>Evaluates to <see cref="Truth.Unknown"/> when a fact it needs is not established, so that the
/// engine never assumes an exemption's condition holds, and can say which fact would change the answer.</remarks>
public abstract class Condition
{
    /// <summary>Evaluates the condition; names of facts that are not established are added to <paramref name="missing"/>.</summary>
    internal abstract Truth Evaluate(CheckContext context, List<string>? missing);

    private string? _description;

    /// <summary>The condition in words, e.g. <c>purpose in [livelihood]</c>.</summary>
    /// <remarks>Built once: explanations quote it for every check (a benign race may build it twice).</remarks>
    public string Describe() => _description ??= Render();

    /// <summary>Builds the words of <see cref="Describe"/>.</summary>
    protected abstract string Render();

    /// <inheritdoc/>
    public override string ToString() => Describe();
}

using Interdict.Rules.Evaluation;

namespace Interdict.Rules.Model;

/// <summary>A condition defined once in the rulebook's <c>conditions</c> and referred to by name (<c>{ref: dprk-nexus}</c>).</summary>
/// <param name="name">The name it is defined under.</param>
/// <param name="definition">The condition it stands for.</param>
public sealed class NamedCondition(string name, Condition definition) : Condition
{
    /// <summary>The name it is defined under.</summary>
    public string Name { get; } = name;

    /// <summary>The condition it stands for.</summary>
    public Condition Definition { get; } = definition;

    internal override Truth Evaluate(CheckContext context, List<string>? missing) => Definition.Evaluate(context, missing);

    /// <inheritdoc/>
    protected override string Render() => Name;
}

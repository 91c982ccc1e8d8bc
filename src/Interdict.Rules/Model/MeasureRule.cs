using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Interdict.Rules.Model;

/// <summary>One operative rule of a measure: which checks it applies to and what it does.</summary>
/// <remarks>Most measures have one rule; a measure that groups paragraphs (2321 op14-18) has one per paragraph.</remarks>
public sealed class MeasureRule
{
    /// <summary>Creates a rule.</summary>
    public MeasureRule(string? id, ImmutableArray<Citation> citations, RuleEffect effect, string? flag, Validity? validity,
        FrozenSet<string> activities, FrozenSet<string> actions, FrozenSet<string> directions, bool onGoods,
        PartyFilter? parties, Condition? when, string? note)
    {
        Id = id;
        Citations = citations;
        Effect = effect;
        Flag = flag;
        Validity = validity;
        Activities = activities;
        Actions = actions;
        Directions = directions;
        OnGoods = onGoods;
        Parties = parties;
        When = when;
        Note = note;
    }

    /// <summary>The rule's id within its measure, when it has one.</summary>
    public string? Id { get; }
    /// <summary>The paragraphs cited when the rule applies.</summary>
    public ImmutableArray<Citation> Citations { get; }
    /// <summary>What it does.</summary>
    public RuleEffect Effect { get; }
    /// <summary>The flag it raises (flags and enforcement rules).</summary>
    public string? Flag { get; }
    /// <summary>Its own validity, narrower than the measure's, if any.</summary>
    public Validity? Validity { get; }
    /// <summary>Activities it applies to.</summary>
    public FrozenSet<string> Activities { get; }
    /// <summary>Actions it applies to, or empty for any.</summary>
    public FrozenSet<string> Actions { get; }
    /// <summary>Directions it applies to, or empty for any.</summary>
    public FrozenSet<string> Directions { get; }
    /// <summary>When true, a good of the check must fall under the measure's goods.</summary>
    public bool OnGoods { get; }
    /// <summary>The parties it is about, if any.</summary>
    public PartyFilter? Parties { get; }
    /// <summary>Further conditions on the facts.</summary>
    public Condition? When { get; }
    /// <summary>Why the rule reads as it does.</summary>
    public string? Note { get; }
    /// <summary>The measure the rule belongs to.</summary>
    public Measure Measure { get; internal set; } = null!;
}

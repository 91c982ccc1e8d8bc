using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Interdict.Rules.Checks;

/// <summary>One activity on one date to be decided (CHECK-FORMAT §1). Immutable.</summary>
public sealed record Check
{
    /// <summary>Case or request id, echoed in the answer.</summary>
    public required string Id { get; init; }
    /// <summary>The day the activity takes place; the law in force that day applies.</summary>
    public required DateOnly Date { get; init; }
    /// <summary><c>in_force</c>, or <c>proposal:&lt;id&gt;</c> for a what-if evaluation.</summary>
    public string Scenario { get; init; } = "in_force";
    /// <summary><c>trade</c>, <c>financial</c>, <c>joint_venture</c>…</summary>
    public required string Activity { get; init; }
    /// <summary>Refines the activity (<c>open</c>, <c>maintain</c>, <c>insurance</c>…), or null.</summary>
    public string? Action { get; init; }
    /// <summary><c>to_dprk</c>, <c>from_dprk</c>, <c>transit_via_dprk</c>, <c>both</c>, <c>none</c>.</summary>
    public required string Direction { get; init; }
    /// <summary>State where the activity takes place.</summary>
    public string? Location { get; init; }
    /// <summary>Final destination of the goods.</summary>
    public string? Destination { get; init; }
    /// <summary>Goods or rights concerned.</summary>
    public ImmutableArray<Good> Goods { get; init; } = [];
    /// <summary>Amount of a payment or transfer.</summary>
    public double? ValueUsd { get; init; }
    /// <summary>Counterparties and other actors.</summary>
    public ImmutableArray<Party> Parties { get; init; } = [];
    /// <summary>The vessel concerned, if any.</summary>
    public Vessel? Vessel { get; init; }
    /// <summary>The aircraft concerned, if any.</summary>
    public Aircraft? Aircraft { get; init; }
    /// <summary>Port name, when given.</summary>
    public string? PortName { get; init; }
    /// <summary>Facts of the vocabulary (CHECK-FORMAT §1.5), by name; absent means not established.</summary>
    public FrozenDictionary<string, FactValue> Facts { get; init; } = FrozenDictionary<string, FactValue>.Empty;
    /// <summary>The Committee approval held, or null when none is.</summary>
    public CommitteeApproval? CommitteeApproval { get; init; }
    /// <summary>Totals counted against caps, by cap id.</summary>
    public FrozenDictionary<string, CapUsage> CapUsed { get; init; } = FrozenDictionary<string, CapUsage>.Empty;
    /// <summary>Highest Committee Secretary notice (percent) per cap id.</summary>
    public FrozenDictionary<string, int> CapNotice { get; init; } = FrozenDictionary<string, int>.Empty;
    /// <summary>Per-State baselines per cap id.</summary>
    public FrozenDictionary<string, CapUsage> CapBaseline { get; init; } = FrozenDictionary<string, CapUsage>.Empty;

    /// <summary>The proposal id of a what-if scenario, or null for the law in force.</summary>
    public string? ProposalId => Scenario.StartsWith("proposal:", StringComparison.Ordinal) ? Scenario["proposal:".Length..] : null;

    /// <summary>An activity that is already going on (keeping a JV, employing a worker, an office or relationship that
    /// exists since <c>existing_since</c>), as opposed to one still to happen. Expanding a JV (<c>expand</c>, additional
    /// investment) is still to happen even when the JV itself exists (CHECK-FORMAT §1.5: M-2371-12).</summary>
    public bool IsOngoing => Action is "maintain" or "employ" || Action is not "expand" && Exists;

    /// <summary>Expanding a JV that already exists: the expansion is still to happen, but the JV it adds to is kept going.</summary>
    public bool ExpandsExisting => Action is "expand" && Exists;

    private bool Exists => Facts.TryGetValue("existing_since", out var since) && since.Kind == FactKind.Date && since.Date <= Date;

    /// <summary>The value of a fact or of a check field, by its rulebook path
    /// (<c>purpose</c>, <c>date</c>, <c>action</c>, <c>vessel.flag</c>, <c>aircraft.use</c>…). Party paths are handled by the caller.</summary>
    public FactValue Lookup(string path) => path switch
    {
        "date" => FactValue.Of(Date),
        "activity" => FactValue.Of(Activity),
        "action" => Text(Action),
        "direction" => FactValue.Of(Direction),
        "location" => Text(Location),
        "destination" => Text(Destination),
        "vessel.flag" => Text(Vessel?.Flag),
        "vessel.designated" => Flag(Vessel?.Designated),
        "vessel.dprk_controlled" => Flag(Vessel?.DprkControlled),
        "aircraft.use" => Text(Aircraft?.Use),
        "aircraft.in_service" => Flag(Aircraft?.InService),
        "aircraft.model" => Text(Aircraft?.Model),
        "aircraft.operator" => Text(Aircraft?.Operator),
        "committee_approval" => CommitteeApproval is null ? default : FactValue.Object(),
        _ => Facts.TryGetValue(path, out var value) ? value : default,
    };

    private static FactValue Text(string? value) => value is null ? default : FactValue.Of(value);
    private static FactValue Flag(bool? value) => value is { } b ? FactValue.Of(b) : default;
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using Interdict.Rules.Hs;
using Interdict.Rules.Loading;

namespace Interdict.Rules.Model;

/// <summary>A regime's rulebook: resolutions, measures, caps, exemptions, proposals and open questions, validated.</summary>
/// <remarks>Immutable and thread-safe. Build one with <see cref="RulebookLoader"/> or <see cref="LoadEmbedded"/>.</remarks>
public sealed class Rulebook
{
    private readonly FrozenDictionary<string, Measure> _measures;
    private readonly FrozenDictionary<string, Proposal> _proposals;
    private readonly FrozenDictionary<string, Cap> _caps;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _impliedCategories;

    internal Rulebook(string regime, string title, ImmutableArray<Resolution> resolutions, ImmutableArray<Measure> measures,
        ImmutableArray<Cap> caps, ImmutableArray<Exemption> generalExemptions, ImmutableArray<Proposal> proposals,
        ImmutableArray<OpenQuestion> openQuestions, FrozenDictionary<string, ImmutableArray<string>> impliedCategories,
        ImmutableArray<DesignatingList> designatingLists)
    {
        Regime = regime;
        DesignatingLists = designatingLists;
        Title = title;
        Resolutions = resolutions;
        Measures = measures;
        Caps = caps;
        GeneralExemptions = generalExemptions;
        Proposals = proposals;
        OpenQuestions = openQuestions;
        _impliedCategories = impliedCategories;
        _measures = measures.ToFrozenDictionary(m => m.Id, StringComparer.Ordinal);
        _proposals = proposals.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        _caps = caps.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        Rules = [.. measures.SelectMany(m => m.Rules)];
    }

    /// <summary>The regime id (<c>un-dprk</c>).</summary>
    public string Regime { get; }
    /// <summary>Title.</summary>
    public string Title { get; }
    /// <summary>Resolutions, oldest first.</summary>
    public ImmutableArray<Resolution> Resolutions { get; }
    /// <summary>Measures in rulebook order.</summary>
    public ImmutableArray<Measure> Measures { get; }
    /// <summary>Every rule of every measure.</summary>
    public ImmutableArray<MeasureRule> Rules { get; }
    /// <summary>Caps.</summary>
    public ImmutableArray<Cap> Caps { get; }
    /// <summary>General exemptions (they apply across measures).</summary>
    public ImmutableArray<Exemption> GeneralExemptions { get; }
    /// <summary>Proposals never adopted.</summary>
    public ImmutableArray<Proposal> Proposals { get; }
    /// <summary>Open questions carried from the research.</summary>
    public ImmutableArray<OpenQuestion> OpenQuestions { get; }
    /// <summary>The lists (and their regimes) whose entries designate under this regime: data of the rulebook, so that the
    /// evaluator names no list or regime of its own.</summary>
    public ImmutableArray<DesignatingList> DesignatingLists { get; }

    /// <summary>True when a listing of <paramref name="entry"/> designates under this regime (<see cref="DesignatingLists"/>).
    /// A caller that screens on its own (payment screening) counts the same hits as designation as the evaluator does.</summary>
    public bool Designates(Interdict.Core.Lists.ListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        foreach (var list in DesignatingLists)
        {
            if (list.Designates(entry)) return true;
        }
        return false;
    }

    /// <summary>What each research source is (<c>S11</c> → "Reuters / RFA / … on the 16 Dec 2019 Russia-China draft"),
    /// so that a confidence's source ids can be shown with their names.</summary>
    internal FrozenDictionary<string, string> SourceTexts { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>What the research source <paramref name="id"/> is, or null when the rulebook has no such source.</summary>
    public string? FindSource(string id) => SourceTexts.GetValueOrDefault(id);

    /// <summary>The measure with this id, or null.</summary>
    public Measure? FindMeasure(string id) => _measures.GetValueOrDefault(id);
    /// <summary>The proposal with this id, or null.</summary>
    public Proposal? FindProposal(string id) => _proposals.GetValueOrDefault(id);
    /// <summary>The cap with this id, or null.</summary>
    public Cap? FindCap(string id) => _caps.GetValueOrDefault(id);

    /// <summary>The open questions whose provisional answer lives in the data item <paramref name="itemId"/>
    /// (<c>decided_in</c> names it, alone or with a field: <c>EX-2321-29.apply</c>).</summary>
    public IEnumerable<OpenQuestion> OpenQuestionsOn(string itemId) =>
        OpenQuestions.Where(q => q.DecidedIn.Any(d => d == itemId || d.StartsWith(itemId + ".", StringComparison.Ordinal)));

    /// <summary>A good's category and the categories it implies (aviation fuel is refined petroleum).</summary>
    public ImmutableArray<string> CategoriesOf(string? category) =>
        category is null ? [] : _impliedCategories.TryGetValue(category, out var implied) ? implied : [category];

    /// <summary>Lifts and exemptions of a proposal, including those of the proposals it includes.</summary>
    public (ImmutableArray<ProposalLift> Lifts, ImmutableArray<ProposalExemption> Exemptions) EffectsOf(Proposal proposal)
    {
        var lifts = ImmutableArray.CreateBuilder<ProposalLift>();
        var exemptions = ImmutableArray.CreateBuilder<ProposalExemption>();
        foreach (var included in proposal.Includes)
        {
            if (FindProposal(included) is not { } inner) continue;
            var (l, e) = EffectsOf(inner);
            lifts.AddRange(l);
            exemptions.AddRange(e);
        }
        lifts.AddRange(proposal.WouldLift);
        exemptions.AddRange(proposal.WouldExempt);
        return (lifts.ToImmutable(), exemptions.ToImmutable());
    }

    /// <summary>Loads the rulebook embedded in this assembly (<c>data/rulebooks/&lt;regime&gt;.yaml</c>), validated against the embedded nomenclature.</summary>
    /// <exception cref="RulebookException">The rulebook is invalid.</exception>
    public static Rulebook LoadEmbedded(string regime = "un-dprk")
    {
        var name = $"rulebooks/{regime}.yaml";
        using var stream = typeof(Rulebook).Assembly.GetManifestResourceStream(name)
            ?? throw new RulebookException([new RulebookIssue(regime, "regime", $"no embedded rulebook named {name}")]);
        using var reader = new StreamReader(stream);
        return RulebookLoader.Load(reader.ReadToEnd(), HsNomenclature.Embedded, name);
    }

    /// <summary>The regimes whose rulebooks are embedded.</summary>
    public static IReadOnlyList<string> EmbeddedRegimes() =>
        [.. typeof(Rulebook).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("rulebooks/", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => n["rulebooks/".Length..^".yaml".Length])];
}

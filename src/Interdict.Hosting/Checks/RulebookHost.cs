using System.Security.Cryptography;
using Interdict.Core.Lists;
using Interdict.Core.Screening;
using Interdict.Hosting.Lists;
using Interdict.Rules.Evaluation;
using Interdict.Rules.Model;

namespace Interdict.Hosting.Checks;

/// <summary>The regime's rulebook loaded once, its version for the audit trail, and one evaluator whose party
/// screening always uses the lists being served now.</summary>
/// <remarks>Immutable after construction and thread-safe.</remarks>
public sealed class RulebookHost
{
    /// <summary>The regime served.</summary>
    public const string Regime = "un-dprk";

    /// <summary>Loads the embedded rulebook of <see cref="Regime"/>.</summary>
    /// <param name="lists">The lists the evaluator screens parties against.</param>
    public RulebookHost(ListHost lists)
    {
        Rulebook = Rulebook.LoadEmbedded(Regime);
        Version = $"{Regime}@sha256:{EmbeddedHash()}";
        Evaluator = new RuleEvaluator(Rulebook, new ServedListsScreener(lists));
    }

    /// <summary>The rulebook.</summary>
    public Rulebook Rulebook { get; }

    /// <summary>The rulebook's version as recorded in audit records: the regime and the first 16 hex digits of the
    /// SHA-256 of its YAML text, so any edit of the rulebook changes it.</summary>
    public string Version { get; }

    /// <summary>The evaluator.</summary>
    public RuleEvaluator Evaluator { get; }

    static string EmbeddedHash()
    {
        using var stream = typeof(Rulebook).Assembly.GetManifestResourceStream($"rulebooks/{Regime}.yaml")
            ?? throw new InvalidOperationException($"The rulebook {Regime} is not embedded in Interdict.Rules.");
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..16];
    }

    /// <summary>Screens against the state of the lists at the moment of the call.</summary>
    sealed class ServedListsScreener(ListHost lists) : IPartyScreener
    {
        public IReadOnlyList<PartyHit> Screen(PartyQuery query, DateOnly asOf) =>
            ((IPartyScreener)lists.Current.Screener).Screen(query, asOf);
    }
}

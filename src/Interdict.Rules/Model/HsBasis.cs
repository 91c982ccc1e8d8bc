namespace Interdict.Rules.Model;

/// <summary>Where an HS mapping comes from, which decides whether it is applied.</summary>
public enum HsBasis
{
    /// <summary>Named in the resolution text: applied.</summary>
    Text = 0,
    /// <summary>The analyst's mapping of a commodity the text names: applied, with its confidence.</summary>
    Interpretation,
    /// <summary>Doubtful mapping: not applied; a match only raises the <c>hs_review</c> flag.</summary>
    Doubtful,
}

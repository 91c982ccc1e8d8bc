using Interdict.Lists;

namespace Interdict.Server.Yente;

/// <summary>yente's datasets as Interdict's lists: <c>default</c> (and yente's collections <c>sanctions</c> and
/// <c>all</c>) is every loaded list; a list is named by its id (<c>un</c>, <c>ofac-cons</c>), its FtM dataset name
/// (<c>ofac_cons</c>) or the name OpenSanctions gives the same source (<c>un_sc_sanctions</c>, <c>us_ofac_sdn</c>,
/// <c>eu_fsf</c>, <c>gb_fcdo_sanctions</c>…), so that a client's dataset names keep working.</summary>
static class YenteDatasets
{
    /// <summary>The collections that hold every loaded list.</summary>
    static readonly string[] Collections = ["default", "sanctions", "all"];

    /// <summary>OpenSanctions' dataset names of the sources Interdict reads, to the list id.</summary>
    static readonly Dictionary<string, string> OpenSanctionsNames = new(StringComparer.Ordinal)
    {
        ["un_sc_sanctions"] = "un",
        ["us_ofac_sdn"] = "ofac",
        ["us_ofac_cons"] = "ofac-cons",
        ["eu_fsf"] = "eu",
        ["gb_hmt_sanctions"] = "uk",
        ["gb_fcdo_sanctions"] = "uk",
    };

    /// <summary>The lists a dataset name stands for, among the loaded ones; null when it names none of them.</summary>
    /// <param name="name">A dataset name from the path or a filter.</param>
    /// <param name="loaded">The loaded list ids.</param>
    public static IReadOnlyList<string>? Resolve(string name, IReadOnlyList<string> loaded)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(loaded);
        if (Collections.Contains(name, StringComparer.Ordinal)) return loaded;
        foreach (var list in loaded)
        {
            if (name == list || name == FtmExport.DatasetName(list)) return [list];
        }
        return OpenSanctionsNames.TryGetValue(name, out var id) && loaded.Contains(id, StringComparer.Ordinal) ? [id] : null;
    }

    /// <summary>The lists to search: those of the path's dataset, narrowed to <paramref name="include"/> when given, less
    /// <paramref name="exclude"/> (exclusion wins, as in yente). Names that stand for no loaded list include nothing and
    /// exclude nothing. Empty when nothing is left: the answer is then no results, never every list.</summary>
    /// <param name="dataset">The lists of the path's dataset.</param>
    /// <param name="include">include_dataset (and search's datasets) values.</param>
    /// <param name="exclude">exclude_dataset values.</param>
    /// <param name="loaded">The loaded list ids.</param>
    public static IReadOnlyList<string> Select(IReadOnlyList<string> dataset, IReadOnlyCollection<string> include, IReadOnlyCollection<string> exclude, IReadOnlyList<string> loaded)
    {
        var included = include.Count == 0 ? dataset : [.. include.SelectMany(n => Resolve(n, loaded) ?? []).Intersect(dataset, StringComparer.Ordinal)];
        var excluded = exclude.SelectMany(n => Resolve(n, loaded) ?? []).ToHashSet(StringComparer.Ordinal);
        return [.. included.Where(l => !excluded.Contains(l)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every dataset name the path takes, for the message of a 404.</summary>
    /// <param name="loaded">The loaded list ids.</param>
    public static string Known(IReadOnlyList<string> loaded) =>
        string.Join(", ", Collections.Concat(loaded.Select(FtmExport.DatasetName)));
}

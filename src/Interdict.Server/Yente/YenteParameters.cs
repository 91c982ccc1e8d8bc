using System.Globalization;
using Interdict.Hosting.Screening;
using Microsoft.Extensions.Primitives;

namespace Interdict.Server.Yente;

/// <summary>Reads yente's query parameters (<c>limit</c>, <c>threshold</c>, repeated <c>include_dataset</c>…) as FastAPI
/// does: a value of the wrong type or out of range is 422 naming the parameter; parameters yente does not know are
/// ignored, as FastAPI ignores them.</summary>
sealed class YenteParameters(IQueryCollection query)
{
    readonly List<string> _errors = [];

    /// <summary>What is wrong, one message per parameter; empty when all were read.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>An integer in <paramref name="min"/>..<paramref name="max"/>, or <paramref name="otherwise"/> when absent.</summary>
    public int Int(string name, int otherwise, int min, int max)
    {
        if (Single(name) is not { } text) return otherwise;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return Error(name, $"'{QueryFields.Shorten(text)}' is not an integer", otherwise);
        if (value < min || value > max) return Error(name, string.Create(CultureInfo.InvariantCulture, $"{value} is not in {min}..{max}"), otherwise);
        return value;
    }

    /// <summary>A score in 0..1, or <paramref name="otherwise"/> when absent.</summary>
    public double Score(string name, double otherwise)
    {
        if (Single(name) is not { } text) return otherwise;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value)) return Error(name, $"'{QueryFields.Shorten(text)}' is not a number", otherwise);
        if (value is < 0 or > 1) return Error(name, string.Create(CultureInfo.InvariantCulture, $"{value} is not in 0..1"), otherwise);
        return value;
    }

    /// <summary>A boolean (<c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>, as FastAPI reads them), or null when absent.</summary>
    public bool? Bool(string name)
    {
        if (Single(name) is not { } text) return null;
        switch (text.ToLowerInvariant())
        {
            case "true" or "1" or "yes" or "on": return true;
            case "false" or "0" or "no" or "off": return false;
            default:
                _errors.Add($"{name}: '{QueryFields.Shorten(text)}' is not a boolean");
                return null;
        }
    }

    /// <summary>A timestamp (<c>2024-01-01</c>, <c>2024-01-01T10:00</c>, UTC), or null when absent.</summary>
    public DateTime? Time(string name)
    {
        if (Single(name) is not { } text) return null;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)) return time;
        _errors.Add($"{name}: '{QueryFields.Shorten(text)}' is not a date or timestamp (YYYY-MM-DD or YYYY-MM-DDTHH:MM)");
        return null;
    }

    /// <summary>The text of a parameter given once, or null when absent.</summary>
    public string? Text(string name) => Single(name);

    /// <summary>Every value of a repeated parameter (<c>?include_dataset=un&amp;include_dataset=eu</c>), blanks left out.</summary>
    public string[] List(string name) => query.TryGetValue(name, out var values)
        ? [.. values.OfType<string>().Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())]
        : [];

    string? Single(string name)
    {
        if (!query.TryGetValue(name, out StringValues values) || values.Count == 0 || string.IsNullOrWhiteSpace(values[^1])) return null;
        return values[^1]!.Trim();
    }

    T Error<T>(string name, string message, T otherwise)
    {
        _errors.Add($"{name}: {message}");
        return otherwise;
    }
}

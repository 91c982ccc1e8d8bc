using System.Collections.Immutable;

namespace Interdict.Lists.Tests;

/// <summary>Element-wise equality of an expected array and an actual <see cref="ImmutableArray{T}"/>
/// (xUnit's collection equality treats different collection types as different).</summary>
static class Seq
{
    public static void Equal<T>(IEnumerable<T> expected, ImmutableArray<T> actual) => Assert.Equal(expected.ToArray(), actual.ToArray());

    public static void Equal<T>(IEnumerable<T> expected, IEnumerable<T> actual) => Assert.Equal(expected.ToArray(), actual.ToArray());
}

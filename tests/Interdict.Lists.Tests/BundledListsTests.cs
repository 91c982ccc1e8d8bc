namespace Interdict.Lists.Tests;

public sealed class BundledListsTests
{
    [Fact]
    public void LoadUn_Embedded2026List_ParsesCompletely()
    {
        var result = BundledLists.LoadUn();

        Assert.True(result.Success, result.ToString());
        Assert.Equal("consolidated-2026-02-27.xml", BundledLists.UnFileName);
        Assert.Equal("embedded:consolidated-2026-02-27.xml", result.Snapshot.Version.Origin);
        Assert.Equal(RealLists.Un2026.Version.Generated, result.Snapshot.Version.Generated);
        Assert.Equal(1003, result.Snapshot.Entries.Length);
    }

    [Fact]
    public void LoadUn_Embedded2026List_SameContentAsTheReferenceFile()
    {
        var diff = ListDiff.Compute(RealLists.Un2026, BundledLists.LoadUn().GetSnapshotOrThrow());

        Assert.True(diff.IsEmpty, diff.ToString());
    }
}

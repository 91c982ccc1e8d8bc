using Interdict.Payments.Screening;

namespace Interdict.Payments.Tests;

public sealed class DprkPlacesTests
{
    [Theory]
    [InlineData("Jungson-dong, Sungri Street, Pyongyang", "PYONGYANG")]
    [InlineData("CHONGJIN DPRK", "CHONGJIN")]
    [InlineData("Port of Nampo", "NAMPO")]
    [InlineData("Democratic People's Republic of Korea", "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA")]
    [InlineData("north korea", "NORTH KOREA")]
    [InlineData("RASON/SEZ", "RASON")]
    public void Find_NamesTheDprkPlace(string text, string expected) => Assert.Equal(expected, DprkPlaces.Find(text));

    [Theory]
    [InlineData("Pyeongtaek")]
    [InlineData("PYEONGCHANG, REPUBLIC OF KOREA")]
    [InlineData("SEOUL, KOREA")]
    [InlineData("Korea, Republic of")]
    [InlineData("NAMPOONG TRADING")]
    [InlineData("DPRKX")]
    public void Find_IgnoresSouthKoreaAndLookAlikes(string text) => Assert.Null(DprkPlaces.Find(text));
}

using Confide.Data.Crypto;

namespace Confide.Data.Tests.Crypto;

public sealed class BlindIndexTests
{
    [Theory]
    [InlineData("Zoë", new[] { "zoe" })]
    [InlineData("O'Hara-Bright", new[] { "ohara", "bright" })]
    [InlineData("  MARY  Ann ", new[] { "mary", "ann" })]
    [InlineData("Siân Pryce-Jones", new[] { "sian", "pryce", "jones" })]
    public void NameTokens_FoldCaseAccentsAndPunctuation(string name, string[] expected) =>
        BlindIndex.NameTokens(name).ShouldBe(expected);

    [Fact]
    public void Term_SameValueDifferentOrganisationKeys_Differ()
    {
        var a = new BlindIndex(new byte[32]);
        var b = new BlindIndex(Enumerable.Repeat((byte)1, 32).ToArray());

        a.Term("name", "smith").ShouldNotBe(b.Term("name", "smith"));
        a.Term("name", "smith").ShouldBe(a.Term("name", "smith"));
        a.Term("name", "smith").Length.ShouldBe(BlindIndex.TermSize);
    }

    [Fact]
    public void Term_KindIsPartOfTheTerm()
    {
        var index = new BlindIndex(new byte[32]);

        index.Term("name", "ip33").ShouldNotBe(index.Term("postcode", "ip33"));
    }
}

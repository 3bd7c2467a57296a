using Confide.Core.Portal;

namespace Confide.Core.Tests.Portal;

public sealed class PortalRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Passcode_New_IsTenUnambiguousCharactersInTwoGroups_AndNormalisesBack()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => Passcode.New()).ToList();

        codes.ShouldAllBe(c => c.Length == 11 && c[5] == '-');
        codes.SelectMany(c => c.Replace("-", "", StringComparison.Ordinal)).ShouldAllBe(ch => Passcode.Alphabet.Contains(ch));
        string.Concat(codes).ShouldNotContain("0");
        string.Concat(codes).ShouldNotContain("O");
        string.Concat(codes).ShouldNotContain("I");
        string.Concat(codes).ShouldNotContain("1");
        codes.Distinct().Count().ShouldBe(200);
        Passcode.Normalise(" abcde fgh23 ").ShouldBe("ABCDEFGH23");
        Passcode.Normalise("ABCDE-FGH2O").ShouldBeNull("O is not in the alphabet");
        Passcode.Normalise("ABCDE").ShouldBeNull();
        Passcode.Normalise(null).ShouldBeNull();
    }

    [Fact]
    public void LinkToken_Is256BitsUrlSafe_AndOnlyWellFormedTextIsHashed()
    {
        var token = ShareLinkToken.New();

        token.Length.ShouldBe(43);
        token.ShouldAllBe(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
        ShareLinkToken.Hash(token)!.Length.ShouldBe(32);
        ShareLinkToken.Hash(token + "x").ShouldBeNull();
        ShareLinkToken.Hash("../" + token[3..]).ShouldBeNull();
        ShareLinkToken.New().ShouldNotBe(token);
    }

    [Theory]
    [InlineData(4, false, false)]
    [InlineData(5, true, false)]
    [InlineData(6, false, false)]
    [InlineData(9, false, false)]
    [InlineData(10, false, true)]
    [InlineData(11, false, true)]
    public void Lockout_FiveLocksForFifteenMinutes_TenBlocks(int failures, bool locked, bool blocked)
    {
        var (until, isBlocked) = PasscodeLockout.After(failures, Now);

        (until is not null).ShouldBe(locked);
        isBlocked.ShouldBe(blocked);
        if (locked)
        {
            until.ShouldBe(Now.AddMinutes(15));
        }
    }

    [Fact]
    public void Status_RevokedOverExpiredOverBlockedOverLocked()
    {
        var later = Now.AddDays(1);

        ShareSummary.StatusAt(Now, later, Now, null, Now).ShouldBe(ShareStatus.Revoked);
        ShareSummary.StatusAt(later, later, null, null, Now).ShouldBe(ShareStatus.Expired);
        ShareSummary.StatusAt(Now, later, null, Now.AddMinutes(5), Now).ShouldBe(ShareStatus.Blocked);
        ShareSummary.StatusAt(Now, later, null, Now.AddMinutes(5), null).ShouldBe(ShareStatus.Locked);
        ShareSummary.StatusAt(Now, later, null, Now.AddMinutes(-5), null).ShouldBe(ShareStatus.Open);
    }
}

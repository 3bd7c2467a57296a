using Confide.Core.Families;
using Confide.Core.Portal;
using Confide.Data.Letters;

namespace Confide.Data.Tests.Letters;

public sealed class ReferrerLetterPdfTests
{
    private static ReferrerLetter Letter(params string[] paragraphs) =>
        new(ReferrerLetterKind.SupportStarted, FamilyId.New(), SupportEpisodeId.New(), "Home-Start Testshire", "Health visitor, Bury St Edmunds",
            new DateOnly(2026, 11, 21), "Support has started", paragraphs.Length == 0 ? ["We started home-visiting support on 2 November 2026."] : paragraphs);

    [Fact]
    public void Render_IsARealPdf_AddressedToTheReferrer_MarkedConfidential()
    {
        var pdf = ReferrerLetterPdf.Render(Letter("Thank you for referring the Łukaszewicz family to us."));

        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        var pages = PdfText.Pages(pdf);
        pages.Count.ShouldBe(1);
        pages[0].ShouldContain("CONFIDENTIAL");
        pages[0].ShouldContain("Health visitor, Bury St Edmunds");
        pages[0].ShouldContain("21 November 2026");
        pages[0].ShouldContain("Łukaszewicz", Case.Sensitive, "names outside WinAnsi come through the embedded Unicode font");
    }

    [Fact]
    public void Render_LongLetter_RunsOntoMorePages_EachMarkedConfidentialTwice()
    {
        var paragraphs = Enumerable.Range(1, 40).Select(i => $"Paragraph {i}: " + string.Join(' ', Enumerable.Repeat("the family is doing well", 8))).ToArray();

        var pages = PdfText.Pages(ReferrerLetterPdf.Render(Letter(paragraphs)));

        pages.Count.ShouldBeGreaterThan(2);
        pages.ShouldAllBe(p => p.Split("CONFIDENTIAL", StringSplitOptions.None).Length - 1 >= 2);
        pages[^1].ShouldContain("Yours sincerely,");
        string.Concat(pages).ShouldContain("Paragraph 40:");
    }
}

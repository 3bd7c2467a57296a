using Confide.Core.Portal;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Confide.Data.Letters;

/// <summary>
/// Renders a <see cref="ReferrerLetter"/> as an A4 PDF: CONFIDENTIAL at the head and foot of every page (CHS-18),
/// the sender, the referrer it is addressed to, the date, the subject and the paragraphs, wrapped and paged.
/// </summary>
public static class ReferrerLetterPdf
{
    private const double Margin = 56;
    private const double BodySize = 11;
    private const double LineHeight = 15;

    public static byte[] Render(ReferrerLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        LetterFonts.EnsureConfigured();
        using var document = new PdfDocument();
        document.Info.Title = $"{ReferrerLetter.Marking} – {letter.Subject}";
        document.Info.Author = letter.OrganisationName;
        document.Info.Creator = "Confide";
        var body = new XFont(LetterFonts.Family, BodySize, XFontStyleEx.Regular);
        var bold = new XFont(LetterFonts.Family, BodySize, XFontStyleEx.Bold);
        var marking = new XFont(LetterFonts.Family, 12, XFontStyleEx.Bold);
        var writer = new PageWriter(document, marking);

        writer.Line(letter.OrganisationName, bold);
        writer.Gap();
        writer.Line("To:", body);
        writer.Paragraph(letter.Referrer, body);
        writer.Gap();
        writer.Line(letter.Dated.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), body);
        writer.Gap();
        writer.Line($"{letter.Subject} – {ReferrerLetter.Marking}", bold);
        writer.Gap();
        foreach (var paragraph in letter.Paragraphs)
        {
            writer.Paragraph(paragraph, body);
            writer.Gap();
        }

        writer.Line("Yours sincerely,", body);
        writer.Gap();
        writer.Line(letter.OrganisationName, body);
        writer.Finish();

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Writes lines down the page, starting a new page (with its markings) when one is full.</summary>
    private sealed class PageWriter(PdfDocument document, XFont markingFont)
    {
        private XGraphics? _gfx;
        private PdfPage? _page;
        private double _y;

        public void Line(string text, XFont font)
        {
            var gfx = Room();
            gfx.DrawString(text, font, XBrushes.Black, new XPoint(Margin, _y));
            _y += LineHeight;
        }

        public void Paragraph(string text, XFont font)
        {
            var width = Room().PageSize.Width - 2 * Margin;
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && Room().MeasureString(candidate, font).Width > width)
                {
                    Line(line, font);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            if (line.Length > 0)
            {
                Line(line, font);
            }
        }

        public void Gap() => _y += LineHeight / 2;

        public void Finish() => _gfx?.Dispose();

        private XGraphics Room()
        {
            if (_gfx is not null && _page is not null && _y < _page.Height.Point - Margin - 2 * LineHeight)
            {
                return _gfx;
            }

            _gfx?.Dispose();
            _page = document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            var width = _page.Width.Point;
            var height = _page.Height.Point;
            var red = new XSolidBrush(XColor.FromArgb(0xB1, 0x0E, 0x1E));
            _gfx.DrawString(ReferrerLetter.Marking, markingFont, red, new XRect(0, 24, width, 20), XStringFormats.TopCenter);
            _gfx.DrawString(ReferrerLetter.Marking, markingFont, red, new XRect(0, height - 40, width, 20), XStringFormats.TopCenter);
            _y = Margin + 24;
            return _gfx;
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Confide.Data.Tests.Letters;

/// <summary>
/// Reads the text back out of a PDF that PDFsharp wrote, page by page: literal strings (WinAnsi) as they are, and
/// hex strings of Unicode fonts through each font's ToUnicode map. Enough to check what a letter says.
/// </summary>
public static partial class PdfText
{
    [GeneratedRegex(@"/(?<font>[A-Za-z0-9]+)\s+[\d.]+\s+Tf|\((?<literal>(?:\\.|[^\\)])*)\)\s*Tj|<(?<hex>[0-9A-Fa-f\s]+)>\s*Tj")]
    private static partial Regex Operators();

    [GeneratedRegex(@"<(?<from>[0-9A-Fa-f]+)><(?<to>[0-9A-Fa-f]+)><(?<unicode>[0-9A-Fa-f]+)>")]
    private static partial Regex Ranges();

    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var pages = new List<string>();
        foreach (var page in document.Pages)
        {
            var maps = FontMaps(page);
            var content = Encoding.Latin1.GetString(page.Contents.CreateSingleContent().Stream.UnfilteredValue);
            var text = new StringBuilder();
            Dictionary<int, string>? map = null;
            foreach (Match m in Operators().Matches(content))
            {
                if (m.Groups["font"].Success)
                {
                    maps.TryGetValue("/" + m.Groups["font"].Value, out map);
                }
                else if (m.Groups["literal"].Success)
                {
                    text.AppendLine(Regex.Unescape(m.Groups["literal"].Value.Replace(@"\(", "(", StringComparison.Ordinal).Replace(@"\)", ")", StringComparison.Ordinal)));
                }
                else
                {
                    var hex = string.Concat(m.Groups["hex"].Value.Where(char.IsAsciiHexDigit));
                    for (var i = 0; i + 4 <= hex.Length; i += 4)
                    {
                        var glyph = int.Parse(hex.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        text.Append(map is not null && map.TryGetValue(glyph, out var s) ? s : "?");
                    }

                    text.AppendLine();
                }
            }

            pages.Add(text.ToString());
        }

        return pages;
    }

    private static Dictionary<string, Dictionary<int, string>> FontMaps(PdfPage page)
    {
        var maps = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
        var fonts = page.Resources.Elements.GetDictionary("/Font");
        foreach (var name in fonts?.Elements.Keys ?? [])
        {
            var cmap = fonts!.Elements.GetDictionary(name)?.Elements.GetValue("/ToUnicode");
            var stream = (cmap is PdfReference r ? r.Value as PdfDictionary : cmap as PdfDictionary)?.Stream;
            if (stream is null)
            {
                continue;
            }

            var map = new Dictionary<int, string>();
            foreach (Match m in Ranges().Matches(Encoding.Latin1.GetString(stream.UnfilteredValue)))
            {
                var from = int.Parse(m.Groups["from"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var to = int.Parse(m.Groups["to"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var unicode = int.Parse(m.Groups["unicode"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                for (var g = from; g <= to; g++)
                {
                    map[g] = char.ConvertFromUtf32(unicode + (g - from));
                }
            }

            maps[name] = map;
        }

        return maps;
    }
}

using System.Reflection;
using PdfSharp;
using PdfSharp.Fonts;

namespace Confide.Data.Letters;

/// <summary>
/// PDFsharp's process-wide settings, made once: the AGPL licence (Confide is AGPL too) and a font resolver that
/// serves the DejaVu Sans embedded in this assembly, so no letter depends on the machine's fonts.
/// </summary>
internal sealed class LetterFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lazy<bool> Configured = new(Configure, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Makes sure the settings are in place before a document is drawn.</summary>
    public static void EnsureConfigured() => _ = Configured.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName)
    {
        var name = $"Confide.Data.Letters.Fonts.{(faceName == Bold ? Bold : Regular)}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The letter font {name} is not embedded in Confide.Data.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Configure()
    {
        PdfSharpLicense.SetAgplLicense();
        if (GlobalFontSettings.FontResolver is not LetterFonts)
        {
            GlobalFontSettings.FontResolver = new LetterFonts();
        }

        return true;
    }
}

using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace BoneBalance.Reporting.Pdf;

/// <summary>
/// Gives PDFsharp the report's fonts from this assembly: DejaVu Sans regular and bold (data/fonts, Bitstream Vera
/// licence), whatever family is asked for. PDFsharp 6 has no access to system fonts on Linux, and embedded fonts make
/// the report look the same everywhere. Italic is simulated by slanting; no other face is shipped.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    /// <summary>The family name the report asks for.</summary>
    public const string FamilyName = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);
    private static readonly Lock Registration = new();

    /// <summary>
    /// Makes PDFsharp use these fonts: as its font resolver when none is set, otherwise (a host set its own) as the
    /// fallback resolver, so a host's choice is never overridden. Safe to call any number of times from any thread.
    /// </summary>
    public static void Register()
    {
        lock (Registration)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new DejaVuFontResolver();
            }
            else if (GlobalFontSettings.FontResolver is not DejaVuFontResolver && GlobalFontSettings.FallbackFontResolver is null)
            {
                GlobalFontSettings.FallbackFontResolver = new DejaVuFontResolver();
            }
        }
    }

    /// <inheritdoc/>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    /// <inheritdoc/>
    public byte[]? GetFont(string faceName) => faceName is Regular or Bold ? Faces.GetOrAdd(faceName, Load) : null;

    private static byte[] Load(string faceName)
    {
        using var stream = typeof(DejaVuFontResolver).Assembly.GetManifestResourceStream($"fonts/{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font fonts/{faceName}.ttf is not embedded in {typeof(DejaVuFontResolver).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

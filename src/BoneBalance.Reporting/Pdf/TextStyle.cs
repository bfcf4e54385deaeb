namespace BoneBalance.Reporting.Pdf;

/// <summary>The report's kinds of text.</summary>
internal enum TextStyle
{
    /// <summary>Running text, 9.5 pt.</summary>
    Body,

    /// <summary>Running text in bold.</summary>
    Strong,

    /// <summary>Notes, sources and the page furniture, 8 pt.</summary>
    Small,

    /// <summary>A section heading, 13 pt bold.</summary>
    Heading,

    /// <summary>A sub-heading, 10.5 pt bold.</summary>
    Subheading,

    /// <summary>The report's title, 18 pt bold.</summary>
    Title,
}

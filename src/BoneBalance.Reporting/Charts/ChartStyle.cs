namespace BoneBalance.Reporting.Charts;

/// <summary>How a box is filled. Each fill differs in pattern as well as shade, so no meaning rests on colour alone.</summary>
internal enum ChartFill
{
    /// <summary>A measured value: solid dark blue.</summary>
    Bar,

    /// <summary>A value that is only a lower bound (some food not analysed): diagonal hatching on a light ground.</summary>
    LowerBoundBar,

    /// <summary>A value entered from elsewhere (FRAX): dotted on a light ground.</summary>
    EnteredBar,

    /// <summary>No value: an empty outlined box.</summary>
    Empty,

    /// <summary>A plain background band (WHO normal range): very light grey.</summary>
    PlainBand,

    /// <summary>A dotted background band (WHO low bone mass).</summary>
    DottedBand,

    /// <summary>A hatched background band (WHO osteoporosis).</summary>
    HatchedBand,

    /// <summary>The least-significant-change band around a previous BMD: light blue, outlined.</summary>
    ChangeBand,

    /// <summary>A plain white ground under a label that sits on a patterned band, so the text keeps its contrast.</summary>
    LabelGround,
}

/// <summary>How a line is drawn.</summary>
internal enum ChartStroke
{
    /// <summary>Axis lines: thin, dark grey.</summary>
    Axis,

    /// <summary>Grid lines at ticks: hairline, light grey.</summary>
    Grid,

    /// <summary>A guideline threshold: dark red, dashed, always labelled.</summary>
    Threshold,

    /// <summary>A target intake (RDA/AI): black, solid, thick, always labelled.</summary>
    Target,

    /// <summary>A tolerable upper intake level: dark red, dash-dot, always labelled.</summary>
    UpperLimit,

    /// <summary>A data series, solid.</summary>
    SeriesSolid,

    /// <summary>A data series, dashed.</summary>
    SeriesDashed,

    /// <summary>A data series, dotted.</summary>
    SeriesDotted,
}

/// <summary>Marker shapes of data series.</summary>
internal enum ChartMarkerShape
{
    /// <summary>A filled circle.</summary>
    Circle,

    /// <summary>A filled square.</summary>
    Square,

    /// <summary>A filled triangle pointing up.</summary>
    Triangle,

    /// <summary>A filled diamond.</summary>
    Diamond,
}

/// <summary>Which point of a text its X is.</summary>
internal enum ChartAnchor
{
    /// <summary>X is the left end.</summary>
    Start,

    /// <summary>X is the middle.</summary>
    Middle,

    /// <summary>X is the right end.</summary>
    End,
}

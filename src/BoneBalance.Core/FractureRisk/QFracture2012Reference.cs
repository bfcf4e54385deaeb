namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// A literal evaluation of a <see cref="QFractureEquation"/> in the order and with the <c>pow</c>/<c>exp</c>/<c>log</c>
/// calls of ClinRisk's C code (the <c>*_raw</c> functions). It does no validation. It exists as the yardstick for the
/// fast <see cref="QFractureKernel"/> (tests compare the two) and as the benchmark baseline; it is not used by the
/// public API.
/// </summary>
internal static class QFracture2012Reference
{
    /// <summary>Both risks of one already validated input; <paramref name="surv"/> may be 1..18 as in the C code.</summary>
    internal static QFractureResult Calculate(in QFractureInput input, int surv)
    {
        var (mof, hip) = input.Sex == People.Sex.Female
            ? (QFracture2012Female.MajorOsteoporotic, QFracture2012Female.Hip)
            : (QFracture2012Male.MajorOsteoporotic, QFracture2012Male.Hip);
        return new(Score(mof, input, surv), Score(hip, input, surv), surv);
    }

    /// <summary>The C formula, term by term.</summary>
    internal static double Score(QFractureEquation equation, in QFractureInput input, int surv)
    {
        double dage = input.AgeYears;
        dage /= 10;
        var dbmi = input.BodyMassIndex;
        dbmi /= 10;

        double a = 0;
        a += equation.Alcohol[(int)input.Alcohol];
        a += equation.Ethnicity[(int)input.Ethnicity];
        a += equation.Smoking[(int)input.Smoking];
        foreach (var term in equation.AgeTerms)
        {
            a += Term(term, dage) * term.Coefficient;
        }

        foreach (var term in equation.BmiTerms)
        {
            a += Term(term, dbmi) * term.Coefficient;
        }

        foreach (var (factor, coefficient) in equation.Booleans)
        {
            a += ((input.Factors & factor) != 0 ? 1 : 0) * coefficient;
        }

        return 100.0 * (1 - Math.Pow(equation.Survivor[surv], Math.Exp(a)));
    }

    private static double Term(FractionalPolynomialTerm term, double x)
    {
        var value = term.Power == 1 ? x : Math.Pow(x, term.Power);
        if (term.TimesLog)
        {
            value *= Math.Log(x);
        }

        return value - term.Centre;
    }
}

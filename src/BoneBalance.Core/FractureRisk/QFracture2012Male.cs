// QFracture-2012 coefficients transcribed from ClinRisk's reference C implementation.
// Copyright 2012 ClinRisk Ltd. QFracture-2012 is free software: you can redistribute it and/or modify it under
// the terms of the GNU Lesser General Public License as published by the Free Software Foundation, either
// version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will
// be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A
// PARTICULAR PURPOSE. See the GNU Lesser General Public License (COPYING in this repository) for more details.
//
// ClinRisk's additional terms require this disclaimer alongside any score generated from this code:
//   The initial version of this file, to be found at http://svn.clinrisk.co.uk/qfracture, faithfully implements QFracture-2012.
//   We have released this code under the GNU Lesser General Public License to enable others to implement the algorithm faithfully.
//   However, the nature of the GNU Lesser General Public License is such that we cannot prevent, for example, someone altering the coefficients.
//   We stress, therefore, that it is the responsibility of the end user to check that the source that they receive produces the same results as the original code posted at http://svn.clinrisk.co.uk/qfracture.
//   Inaccurate implementations of risk scores can lead to wrong patients being given the wrong treatment.
// BoneBalance checks this transcription against reference vectors produced by the original C code
// (tests/BoneBalance.Core.Tests/ReferenceData/qfracture2012_reference_vectors.csv).
using BoneBalance.Core.People;

namespace BoneBalance.Core.FractureRisk;

/// <summary>The two QFracture-2012 equations for men (ClinRisk files <c>*_2012_2_1.c</c>).</summary>
internal static class QFracture2012Male
{
    /// <summary>
    /// Major osteoporotic fracture (hip, spine, wrist, shoulder), men. Transcribed from
    /// nhsland/clinrisk-modules qFracture/c/Q74_qfracture4_2012_2_1.c, function fracture4_male_raw.
    /// </summary>
    internal static readonly QFractureEquation MajorOsteoporotic = new(
        SourceFile: "qFracture/c/Q74_qfracture4_2012_2_1.c",
        Survivor:
        [
            0,
            0.999644935131073,
            0.999273777008057,
            0.998869180679321,
            0.998421549797058,
            0.997928738594055,
            0.997390747070313,
            0.996753513813019,
            0.996096074581146,
            0.995346963405609,
            0.994551837444305,
            0.993598461151123,
            0.992581725120544,
            0.991482257843018,
            0.990263521671295,
            0.989037752151489,
            0.987761437892914,
            0.986425399780273,
            0.984853565692902,
        ],
        Alcohol:
        [
            0,
            -0.0753424993511384030000000,
            0.0035640920160520625000000,
            0.1107180929467958700000000,
            0.2772772729818878100000000,
            0.7629384134280495800000000,
        ],
        Ethnicity:
        [
            0,
            0,
            -0.2578247985190295600000000,
            -0.2739691601862618800000000,
            -1.2488100943578264000000000,
            -0.4478136903122282900000000,
            -0.9569833717832930700000000,
            -0.6454670770263975000000000,
            -0.2441668713268753100000000,
            -0.5585671879728931800000000,
        ],
        Smoking:
        [
            0,
            -0.0008039513520016420400000,
            0.1560272763218023000000000,
            0.2511740981322320700000000,
            0.2796740114008822700000000,
        ],
        AgeTerms:
        [
            new(Power: 0.5, TimesLog: false, Centre: 2.213409662246704, Coefficient: -9.0010590056070825000000000),
            new(Power: 1, TimesLog: false, Centre: 4.899182319641113, Coefficient: 2.4013416577413533000000000),
        ],
        BmiTerms:
        [
            new(Power: -1, TimesLog: false, Centre: 0.376987010240555, Coefficient: 18.1789865484634670000000000),
            new(Power: -0.5, TimesLog: false, Centre: 0.613992691040039, Coefficient: -18.9164740466035500000000000),
        ],
        Booleans:
        [
            (RiskFactors.Antidepressants, 0.4687193755788741600000000),
            (RiskFactors.Cancer, 0.4507500533865196300000000),
            (RiskFactors.AsthmaOrCopd, 0.2886693311011971400000000),
            (RiskFactors.CareHome, 0.4624017599741130900000000),
            (RiskFactors.Corticosteroids, 0.2959070482702296200000000),
            (RiskFactors.CardiovascularDisease, 0.2342575101174369000000000),
            (RiskFactors.Dementia, 0.6410107589079159200000000),
            (RiskFactors.EpilepsyOrAnticonvulsants, 0.7821394592420207700000000),
            (RiskFactors.Falls, 0.5427801687901475700000000),
            (RiskFactors.PriorFracture, 0.3037648317094442400000000),
            (RiskFactors.LiverDisease, 0.9492983471493211500000000),
            (RiskFactors.Malabsorption, 0.2198043397723023800000000),
            (RiskFactors.Parkinsons, 0.8971315042849318200000000),
            (RiskFactors.RaOrSle, 0.4403191212798893100000000),
            (RiskFactors.KidneyDisease, 0.4565029417822387700000000),
            (RiskFactors.Type1Diabetes, 0.8447272010743575000000000),
            (RiskFactors.Type2Diabetes, 0.2219385025905733500000000),
            (RiskFactors.ParentalOsteoporosis, 1.6999403855072708000000000),
        ]);

    /// <summary>
    /// Hip fracture, men. Transcribed from nhsland/clinrisk-modules qFracture/c/Q74_qnof_2012_2_1.c, function
    /// nof_male_raw. This equation does not take malabsorption.
    /// </summary>
    internal static readonly QFractureEquation Hip = new(
        SourceFile: "qFracture/c/Q74_qnof_2012_2_1.c",
        Survivor:
        [
            0,
            0.999958395957947,
            0.999915361404419,
            0.999862074851990,
            0.999795675277710,
            0.999720335006714,
            0.999637126922607,
            0.999530315399170,
            0.999413371086121,
            0.999267756938934,
            0.999112963676453,
            0.998929023742676,
            0.998713493347168,
            0.998442947864532,
            0.998135447502136,
            0.997829139232636,
            0.997516810894012,
            0.997076392173767,
            0.996633410453796,
        ],
        Alcohol:
        [
            0,
            -0.1883071508763912700000000,
            -0.1456237141772618900000000,
            -0.1131015985038896200000000,
            0.2669108383852995000000000,
            0.7159049108970482200000000,
        ],
        Ethnicity:
        [
            0,
            0,
            -0.4720554035932271700000000,
            -0.4404885564307023900000000,
            -2.0311044284508650000000000,
            -0.8877544935355209400000000,
            -1.5093354044488063000000000,
            -0.1169655869663822200000000,
            -0.7810018330580403800000000,
            -0.2253671795533221900000000,
        ],
        Smoking:
        [
            0,
            -0.0156465395681702860000000,
            0.2947168223225690200000000,
            0.4319073634973120700000000,
            0.4937619134916043700000000,
        ],
        AgeTerms:
        [
            new(Power: 3, TimesLog: false, Centre: 117.376983642578130, Coefficient: 0.0470956645877030970000000),
            new(Power: 3, TimesLog: true, Centre: 186.449066162109370, Coefficient: -0.0173232541198013180000000),
        ],
        BmiTerms:
        [
            new(Power: -2, TimesLog: false, Centre: 0.142089113593102, Coefficient: 6.9051198985719147000000000),
        ],
        Booleans:
        [
            (RiskFactors.Antidepressants, 0.5222696860482879400000000),
            (RiskFactors.Cancer, 0.3904642661797034200000000),
            (RiskFactors.AsthmaOrCopd, 0.2955316362120945000000000),
            (RiskFactors.CareHome, 0.7180133962015686800000000),
            (RiskFactors.Corticosteroids, 0.1637845766085505300000000),
            (RiskFactors.CardiovascularDisease, 0.2685578286436679000000000),
            (RiskFactors.Dementia, 0.9660867715544014800000000),
            (RiskFactors.EpilepsyOrAnticonvulsants, 0.8977271850145135400000000),
            (RiskFactors.Falls, 0.5314298176292541200000000),
            (RiskFactors.PriorFracture, 0.7025297516317516900000000),
            (RiskFactors.LiverDisease, 0.7566576273364045100000000),
            (RiskFactors.Parkinsons, 1.0980688140356138000000000),
            (RiskFactors.RaOrSle, 0.6434807364258057200000000),
            (RiskFactors.KidneyDisease, 0.5918218708907634400000000),
            (RiskFactors.Type1Diabetes, 1.5742324490573854000000000),
            (RiskFactors.Type2Diabetes, 0.2887768858842130200000000),
            (RiskFactors.ParentalOsteoporosis, 1.2332490177632631000000000),
        ]);
}

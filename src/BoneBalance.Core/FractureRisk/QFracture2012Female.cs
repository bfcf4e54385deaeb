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

/// <summary>The two QFracture-2012 equations for women (ClinRisk files <c>*_2012_2_0.c</c>).</summary>
internal static class QFracture2012Female
{
    /// <summary>
    /// Major osteoporotic fracture (hip, spine, wrist, shoulder), women. Transcribed from
    /// nhsland/clinrisk-modules qFracture/c/Q74_qfracture4_2012_2_0.c, function fracture4_female_raw.
    /// </summary>
    internal static readonly QFractureEquation MajorOsteoporotic = new(
        SourceFile: "qFracture/c/Q74_qfracture4_2012_2_0.c",
        Survivor:
        [
            0,
            0.998989343643188,
            0.997853457927704,
            0.996573925018311,
            0.995212137699127,
            0.993696928024292,
            0.991993606090546,
            0.990109741687775,
            0.988066852092743,
            0.985876500606537,
            0.983377099037170,
            0.980558633804321,
            0.977307498455048,
            0.974049806594849,
            0.970507681369781,
            0.966851711273193,
            0.962773561477661,
            0.958411157131195,
            0.953392088413239,
        ],
        Alcohol:
        [
            0,
            0.0002414945264996203800000,
            0.0531971614510470740000000,
            0.1624289372927301400000000,
            0.4778223231666232600000000,
            0.6270597140515218300000000,
        ],
        Ethnicity:
        [
            0,
            0,
            -0.2875917367450486200000000,
            -0.7824524516248326800000000,
            -0.8172794063622931300000000,
            -0.5861737865251788200000000,
            -1.4935356591327420000000000,
            -0.7355039455837261200000000,
            -0.4900951523299932300000000,
            -0.4546040850271730900000000,
        ],
        Smoking:
        [
            0,
            0.0371938876652497460000000,
            0.0951525414150192620000000,
            0.1221740242710975300000000,
            0.1611412668468513200000000,
        ],
        AgeTerms:
        [
            new(Power: 2, TimesLog: false, Centre: 26.453824996948242, Coefficient: 0.1437995480730194500000000),
            new(Power: 3, TimesLog: false, Centre: 136.060699462890620, Coefficient: -0.0093249719419669745000000),
        ],
        BmiTerms:
        [
            new(Power: -1, TimesLog: false, Centre: 0.385703802108765, Coefficient: 2.9094622051196999000000000),
        ],
        Booleans:
        [
            (RiskFactors.Antidepressants, 0.3175542392827512800000000),
            (RiskFactors.Cancer, 0.2384763167407743000000000),
            (RiskFactors.AsthmaOrCopd, 0.2389060345873167400000000),
            (RiskFactors.Corticosteroids, 0.1926383637036637200000000),
            (RiskFactors.CardiovascularDisease, 0.1914278981809385300000000),
            (RiskFactors.Dementia, 0.6757597945847583200000000),
            (RiskFactors.EndocrineDisorder, 0.2105749527624362900000000),
            (RiskFactors.EpilepsyOrAnticonvulsants, 0.4297240630789712600000000),
            (RiskFactors.Falls, 0.4505018230780948300000000),
            (RiskFactors.PriorFracture, 0.0804836468689180270000000),
            (RiskFactors.Hrt, -0.1586145398766347600000000),
            (RiskFactors.LiverDisease, 0.6391726322367494700000000),
            (RiskFactors.Malabsorption, 0.1547851620897652300000000),
            (RiskFactors.Parkinsons, 0.4958354577680105800000000),
            (RiskFactors.RaOrSle, 0.2888701063403104600000000),
            (RiskFactors.KidneyDisease, 0.2390562428559968600000000),
            (RiskFactors.Type1Diabetes, 0.6523717632491761200000000),
            (RiskFactors.Type2Diabetes, 0.2355143698342233000000000),
            (RiskFactors.ParentalOsteoporosis, 0.5517999076133333100000000),
        ]);

    /// <summary>
    /// Hip fracture, women. Transcribed from nhsland/clinrisk-modules qFracture/c/Q74_qnof_2012_2_0.c, function
    /// nof_female_raw. This equation takes neither malabsorption nor parental history.
    /// </summary>
    internal static readonly QFractureEquation Hip = new(
        SourceFile: "qFracture/c/Q74_qnof_2012_2_0.c",
        Survivor:
        [
            0,
            0.999910116195679,
            0.999807536602020,
            0.999693453311920,
            0.999558806419373,
            0.999401748180389,
            0.999216556549072,
            0.999019324779511,
            0.998785734176636,
            0.998515725135803,
            0.998187243938446,
            0.997814238071442,
            0.997377276420593,
            0.996870458126068,
            0.996309578418732,
            0.995707631111145,
            0.995065331459045,
            0.994253218173981,
            0.993366956710815,
        ],
        Alcohol:
        [
            0,
            -0.1286446642326926600000000,
            -0.0997737785682041020000000,
            0.0542649888398008330000000,
            0.4431543152512633600000000,
            0.6633035785016026000000000,
        ],
        Ethnicity:
        [
            0,
            0,
            -0.5145680493118204300000000,
            -0.7809041138976792200000000,
            -0.5845922612624047100000000,
            -0.5418443926512139800000000,
            -1.3017049081958438000000000,
            -2.3170037513024733000000000,
            -1.0406259543469680000000000,
            -0.7087921758363630000000000,
        ],
        Smoking:
        [
            0,
            0.0794965480333605090000000,
            0.2835141126936128200000000,
            0.3121458383725539400000000,
            0.4798404329218986000000000,
        ],
        AgeTerms:
        [
            new(Power: 2, TimesLog: false, Centre: 26.304763793945313, Coefficient: 0.2707690096878486700000000),
            new(Power: 3, TimesLog: false, Centre: 134.912322998046870, Coefficient: -0.0178911237651764690000000),
        ],
        BmiTerms:
        [
            new(Power: -2, TimesLog: false, Centre: 0.148731395602226, Coefficient: 5.7829320185166670000000000),
        ],
        Booleans:
        [
            (RiskFactors.Antidepressants, 0.3327369489309151000000000),
            (RiskFactors.Cancer, 0.2685285338413267400000000),
            (RiskFactors.AsthmaOrCopd, 0.2109878042448810100000000),
            (RiskFactors.Corticosteroids, 0.1700600172324418800000000),
            (RiskFactors.CardiovascularDisease, 0.2023318326470322500000000),
            (RiskFactors.Dementia, 0.9427384234437306000000000),
            (RiskFactors.EndocrineDisorder, 0.2873219609276543900000000),
            (RiskFactors.EpilepsyOrAnticonvulsants, 0.4800826666037592000000000),
            (RiskFactors.Falls, 0.4341031983222869400000000),
            (RiskFactors.PriorFracture, 0.5498089896441453700000000),
            (RiskFactors.Hrt, -0.2717838245725980300000000),
            (RiskFactors.LiverDisease, 0.6449388096998517300000000),
            (RiskFactors.Parkinsons, 0.7086700991849171900000000),
            (RiskFactors.RaOrSle, 0.5226829686337491900000000),
            (RiskFactors.KidneyDisease, 0.4121883090139577500000000),
            (RiskFactors.Type1Diabetes, 1.5320881578751737000000000),
            (RiskFactors.Type2Diabetes, 0.4487045379402456700000000),
        ]);
}

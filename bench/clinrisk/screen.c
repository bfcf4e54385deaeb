/*
 * A plain C screening loop over ClinRisk's own QFracture-2012 functions, to time `bonebalance screen` against:
 * read the same CSV (fgets), parse the columns `screen` reads, call the two equations for the row's sex (major
 * osteoporotic fracture and hip, 10 years), print the id and both percents. ClinRisk's sources are not in this
 * repository; compare.sh builds this file against a copy of them (nhsland/clinrisk-modules, qFracture/, LGPL-3.0).
 *
 * Deliberately plain, as a C programmer would write it: no quoted fields, no checks beyond ClinRisk's own; BMI from
 * height and weight as `screen` computes it (weight * 10000 / height^2) when there is no bmi column; risks printed
 * with %.17g (enough digits to read the exact double back, as `screen` writes them).
 *
 * Part of BoneBalance, LGPL-3.0-or-later.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <clinrisk/Q74_qfracture4_2012_2_0.h>
#include <clinrisk/Q74_qfracture4_2012_2_1.h>
#include <clinrisk/Q74_qnof_2012_2_0.h>
#include <clinrisk/Q74_qnof_2012_2_1.h>

#define MAX_LINE 65536
#define MAX_FIELDS 64
#define YEARS 10

/* The flag columns, in RiskFactorCatalogue order. */
enum { ANTIDEP, CANCER, ASTHMA, CAREHOME, CORTICO, CVD, DEMENTIA, ENDOCRINE, EPILEPSY, FALLS, FRACTURE, HRT, LIVER,
       MALABSORPTION, PARKINSONS, RA_SLE, RENAL, TYPE1, TYPE2, FH_OSTEO, FLAG_COUNT };
static const char *flag_names[FLAG_COUNT] = {
    "antidepressants", "cancer", "asthma_or_copd", "care_home", "corticosteroids", "cardiovascular_disease",
    "dementia", "endocrine_disorder", "epilepsy_or_anticonvulsants", "falls", "prior_fracture", "hrt",
    "liver_disease", "malabsorption", "parkinsons", "ra_or_sle", "kidney_disease", "type1_diabetes",
    "type2_diabetes", "parental_osteoporosis" };

/* Token -> ClinRisk code (ethrisk, smoke_cat, alcohol_cat6). */
struct token { const char *name; int code; };
static const struct token ethnicities[] = {
    { "white", 1 }, { "not_recorded", 1 }, { "indian", 2 }, { "pakistani", 3 }, { "bangladeshi", 4 },
    { "other_asian", 5 }, { "black_caribbean", 6 }, { "black_african", 7 }, { "chinese", 8 }, { "other", 9 }, { 0, 0 } };
static const struct token smoking[] = {
    { "never", 0 }, { "non_smoker", 0 }, { "former", 1 }, { "ex_smoker", 1 }, { "light", 2 }, { "moderate", 3 },
    { "heavy", 4 }, { 0, 0 } };
static const struct token alcohol[] = {
    { "none", 0 }, { "trivial", 1 }, { "light", 2 }, { "moderate", 3 }, { "heavy", 4 }, { "very_heavy", 5 }, { 0, 0 } };

static int lookup(const struct token *table, const char *text, int fallback)
{
    if (*text == 0) return fallback;
    for (; table->name; table++)
        if (strcasecmp(table->name, text) == 0) return table->code;
    return -1;
}

/* Splits a line in place at commas; returns the number of fields. */
static int split(char *line, char **fields)
{
    int n = 0;
    line[strcspn(line, "\r\n")] = 0;
    fields[n++] = line;
    for (char *p = line; *p; p++)
        if (*p == ',' && n < MAX_FIELDS) { *p = 0; fields[n++] = p + 1; }
    return n;
}

int main(int argc, char **argv)
{
    FILE *in = argc > 1 ? fopen(argv[1], "r") : stdin;
    if (!in) { perror(argv[1]); return 2; }
    static char line[MAX_LINE];
    char *fields[MAX_FIELDS];
    if (!fgets(line, sizeof line, in)) return 2;

    int count = split(line, fields);
    int id = -1, sex = -1, age = -1, bmi = -1, height = -1, weight = -1, eth = -1, smoke = -1, alc = -1;
    int flag[FLAG_COUNT];
    for (int f = 0; f < FLAG_COUNT; f++) flag[f] = -1;
    for (int i = 0; i < count; i++) {
        const char *c = fields[i];
        if (!strcasecmp(c, "id")) id = i;
        else if (!strcasecmp(c, "sex")) sex = i;
        else if (!strcasecmp(c, "age")) age = i;
        else if (!strcasecmp(c, "bmi")) bmi = i;
        else if (!strcasecmp(c, "height_cm")) height = i;
        else if (!strcasecmp(c, "weight_kg")) weight = i;
        else if (!strcasecmp(c, "ethnicity")) eth = i;
        else if (!strcasecmp(c, "smoking")) smoke = i;
        else if (!strcasecmp(c, "alcohol")) alc = i;
        else for (int f = 0; f < FLAG_COUNT; f++) if (!strcasecmp(c, flag_names[f])) flag[f] = i;
    }
    if (id < 0 || sex < 0 || age < 0 || (bmi < 0 && (height < 0 || weight < 0))) {
        fprintf(stderr, "header: need id, sex, age and bmi or height_cm and weight_kg\n");
        return 2;
    }

    printf("id,qfracture_mof_percent,qfracture_hip_percent,error\n");
    char errorBuf[1024];
    long rows = 0;
    while (fgets(line, sizeof line, in)) {
        if (split(line, fields) != count) continue;
        int b[FLAG_COUNT];
        for (int f = 0; f < FLAG_COUNT; f++) b[f] = flag[f] < 0 ? 0 : atoi(fields[flag[f]]);
        int a = atoi(fields[age]);
        double body;
        if (bmi >= 0) body = strtod(fields[bmi], NULL);
        else {
            double h = strtod(fields[height], NULL), w = strtod(fields[weight], NULL);
            body = w * 10000.0 / (h * h);
        }
        int e = eth < 0 ? 1 : lookup(ethnicities, fields[eth], 1);
        int s = smoke < 0 ? 0 : lookup(smoking, fields[smoke], 0);
        int al = alc < 0 ? 0 : lookup(alcohol, fields[alc], 0);
        int male = fields[sex][0] == 'm' || fields[sex][0] == 'M';
        int error1 = 0, error2 = 0;
        double mof, hip;
        if (male) {
            mof = fracture4_male(a, al, b[ANTIDEP], b[CANCER], b[ASTHMA], b[CAREHOME], b[CORTICO], b[CVD], b[DEMENTIA],
                b[EPILEPSY], b[FALLS], b[FRACTURE], b[LIVER], b[MALABSORPTION], b[PARKINSONS], b[RA_SLE], b[RENAL],
                b[TYPE1], b[TYPE2], body, e, b[FH_OSTEO], s, YEARS, &error1, errorBuf, sizeof errorBuf);
            hip = nof_male(a, al, b[ANTIDEP], b[CANCER], b[ASTHMA], b[CAREHOME], b[CORTICO], b[CVD], b[DEMENTIA],
                b[EPILEPSY], b[FALLS], b[FRACTURE], b[LIVER], b[PARKINSONS], b[RA_SLE], b[RENAL], b[TYPE1], b[TYPE2],
                body, e, b[FH_OSTEO], s, YEARS, &error2, errorBuf, sizeof errorBuf);
        } else {
            mof = fracture4_female(a, al, b[ANTIDEP], b[CANCER], b[ASTHMA], b[CORTICO], b[CVD], b[DEMENTIA],
                b[ENDOCRINE], b[EPILEPSY], b[FALLS], b[FRACTURE], b[HRT], b[LIVER], b[MALABSORPTION], b[PARKINSONS],
                b[RA_SLE], b[RENAL], b[TYPE1], b[TYPE2], body, e, b[FH_OSTEO], s, YEARS, &error1, errorBuf, sizeof errorBuf);
            hip = nof_female(a, al, b[ANTIDEP], b[CANCER], b[ASTHMA], b[CORTICO], b[CVD], b[DEMENTIA], b[ENDOCRINE],
                b[EPILEPSY], b[FALLS], b[FRACTURE], b[HRT], b[LIVER], b[PARKINSONS], b[RA_SLE], b[RENAL], b[TYPE1],
                b[TYPE2], body, e, s, YEARS, &error2, errorBuf, sizeof errorBuf);
        }
        if (error1 || error2) {
            errorBuf[strcspn(errorBuf, "\n")] = 0;
            printf("%s,,,%s\n", fields[id], errorBuf);
        } else {
            printf("%s,%.17g,%.17g,\n", fields[id], mof, hip);
        }
        rows++;
    }
    fprintf(stderr, "Screened %ld people\n", rows);
    return 0;
}

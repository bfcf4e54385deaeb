using System.Globalization;
using BoneBalance.Core.Validation;
using BoneBalance.Data.Contracts;
using BoneBalance.Web.Assessments;
using BoneBalance.Web.Forms;
using BoneBalance.Web.Profile;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneBalance.Web.Wizard;

/// <summary>
/// The assessment wizard, <c>/Assessment/{step}</c>: each step is a form whose inputs are named by the profile
/// document's JSON paths. The draft is the stored profile read as typed values (<see cref="ProfileValues"/>); posting a
/// step binds its answers into them (<see cref="WizardForm"/>), writes the document with the contract's one writer
/// (<see cref="ProfileDocument.Write(ProfileValues, bool)"/>) and stores it (checked whole by the profile contract),
/// then moves on, or re-renders with what was typed and each error next to its input. The last step saves an
/// assessment and shows the dashboard.
/// </summary>
[Authorize]
internal sealed class WizardModel(ProfileStore profiles, AssessmentRunner runner) : PageModel
{
    private ProfileValues _profile = new();
    private string? _stored;

    /// <summary>The step shown.</summary>
    public WizardStep Step { get; private set; } = WizardStep.All[0];

    /// <summary>Whether a profile is stored.</summary>
    public bool HasProfile { get; private set; }

    /// <summary>Every error of the last post, by input name, for the summary at the top.</summary>
    public IReadOnlyList<(string Input, string Message)> ErrorSummary { get; private set; } = [];

    /// <summary>The stored profile in the wizard's words, step by step (for the review step).</summary>
    public IReadOnlyList<ReviewSection> Review => ReviewSummary.Of(_profile);

    /// <summary>The sex "About you" stored, or null when none is stored (the risk factors offered depend on it).</summary>
    public Core.People.Sex? PersonSex =>
        _profile.Person?.Sex is { } text && Core.People.SexTokens.Table.TryParse(text, out var sex) ? sex : null;

    /// <summary>The stored profile document as text (for the review step).</summary>
    public string ProfileText => System.Text.Encoding.UTF8.GetString(ProfileDocument.Write(_profile, indented: true));

    /// <summary>Shows a step.</summary>
    public async Task OnGetAsync(string? step, CancellationToken cancellationToken)
    {
        Step = WizardStep.Find(step);
        await LoadAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves the step and goes back, on, or stays (<c>go=back|next|stay|remove:{array}[{row}]</c>).</summary>
    public async Task<IActionResult> OnPostAsync(string? step, string? go, CancellationToken cancellationToken)
    {
        Step = WizardStep.Find(step);
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        var form = new WizardForm(Request.Form);
        _profile = form.Apply(Step.Slug, _profile);
        try
        {
            if (form.Errors.Count > 0)
            {
                throw new InvalidInputException(form.Errors);
            }

            // A stored member the typed values could not hold (a field the contract no longer knows) would be dropped
            // silently by writing them: the contract's own errors for the stored document are shown instead.
            if (_profile.Unread.Count > 0)
            {
                profiles.Check(System.Text.Encoding.UTF8.GetBytes(_stored!));
            }

            await profiles.SaveAsync(ProfileDocument.Write(_profile), cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidInputException e)
        {
            var summary = new List<(string, string)>();
            foreach (var error in e.Errors)
            {
                var input = form.InputFor(error.Field);
                ModelState.AddModelError(input, error.Message);
                summary.Add((input, error.Message));
            }

            ErrorSummary = summary;
            return Page();
        }

        // "Save and add more rows" and a row's "Remove" button save and show the same step again (with its rows).
        var target = go switch
        {
            "back" => Step.Previous,
            "stay" => Step,
            _ when WizardForm.RemovesARow(go) => Step,
            _ => Step.Next,
        };
        return Redirect("/Assessment/" + (target ?? Step).Slug);
    }

    /// <summary>The last step's "See my results": saves an assessment of the stored profile and the diary, then shows the dashboard.</summary>
    public async Task<IActionResult> OnPostAssessAsync(CancellationToken cancellationToken)
    {
        Step = WizardStep.All[^1];
        try
        {
            await runner.RunAsync(cancellationToken).ConfigureAwait(false);
            return Redirect("/Dashboard");
        }
        catch (InvalidInputException e)
        {
            await LoadAsync(cancellationToken).ConfigureAwait(false);
            ModelState.AddFieldErrors(e);
            ErrorSummary = [.. e.Errors.Select(x => (x.Field, x.Message))];
            return Page();
        }
    }

    /// <summary>The value to show in an input: what was just posted, else what the stored profile holds.</summary>
    public string Value(string name)
    {
        if (Request.HasFormContentType && Request.Form.ContainsKey(name))
        {
            return Request.Form[name].ToString();
        }

        return StoredAnswer.At(_profile, name) switch
        {
            string s => s,
            // Round-trip form: saving the step again must store the number the API stored, not a rounded one.
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            bool b => b ? "true" : string.Empty,
            _ => string.Empty,
        };
    }

    /// <summary>Whether a checkbox with <paramref name="value"/> in the list <paramref name="name"/> is ticked.</summary>
    public bool Checked(string name, string value) => Request.HasFormContentType && Request.Form.ContainsKey("posted")
        ? Request.Form[name].Contains(value)
        : StoredAnswer.At(_profile, name) switch
        {
            IReadOnlyList<string> tokens => tokens.Contains(value),
            bool on => on && value == "true",
            _ => false,
        };

    /// <summary>How many rows a table shows: what was posted, else the stored rows and two empty ones.</summary>
    public int Rows(string array, string firstField) =>
        Request.HasFormContentType && WizardForm.PostedRows(Request.Form, array, firstField) is > 0 and var posted
            ? posted
            : StoredAnswer.Rows(_profile, array) + 2;

    /// <summary>
    /// The menopausal status the contract reads from <c>person.postmenopausal</c> alone (true: postmenopausal; false, for
    /// a woman: premenopausal), so that a profile given through the API with the flag shows it and saving "About you"
    /// keeps it (as <c>menopausalStatus</c>; the flag is then removed); empty after a post or when the flag is absent.
    /// </summary>
    public string MenopausalStatusFromFlag()
    {
        if (Request.HasFormContentType && Request.Form.ContainsKey("posted"))
        {
            return string.Empty;
        }

        return _profile.Person?.Postmenopausal switch
        {
            true => "postmenopausal",
            false when PersonSex == Core.People.Sex.Female => "premenopausal",
            _ => string.Empty,
        };
    }

    /// <summary>An input's HTML id for a JSON path (<c>dxa[1].site</c> → <c>dxa-1-site</c>).</summary>
    public static string Id(string name) => name.Replace("].", "-", StringComparison.Ordinal).Replace('[', '-').Replace('.', '-').TrimEnd(']');

    /// <summary>Whether the input has an error (for <c>aria-invalid</c>).</summary>
    public bool Invalid(string name) => ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var stored = await profiles.GetAsync(cancellationToken).ConfigureAwait(false);
        HasProfile = stored is not null;
        _stored = stored?.Json;
        _profile = stored is null ? new() : ProfileValues.Read(System.Text.Encoding.UTF8.GetBytes(stored.Json));
    }
}

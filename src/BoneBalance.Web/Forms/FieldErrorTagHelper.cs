using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BoneBalance.Web.Forms;

/// <summary>
/// <c>&lt;field-error for="dose" /&gt;</c>: the server's messages for one form field, right under it, with the id
/// <c>{for}-error</c> that the input's <c>aria-describedby</c> points to. With <c>scope</c>, it shows only when the page's
/// <c>ViewData["ErrorScope"]</c> matches (one of several forms with the same field names, e.g. one per search hit).
/// </summary>
[HtmlTargetElement("field-error", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    /// <summary>The field's name (the ModelState key).</summary>
    public string For { get; set; } = string.Empty;

    /// <summary>Show only when <c>ViewData["ErrorScope"]</c> equals this.</summary>
    public string? Scope { get; set; }

    /// <summary>The view context (set by Razor).</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc/>
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var errors = ViewContext.ViewData.ModelState.TryGetValue(For, out var entry) ? entry.Errors : null;
        if (errors is not { Count: > 0 } || (Scope is not null && !string.Equals(Scope, ViewContext.ViewData["ErrorScope"] as string, StringComparison.Ordinal)))
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", For + "-error");
        output.Attributes.SetAttribute("class", "field-error");
        output.Attributes.SetAttribute("role", "alert");
        output.Content.SetHtmlContent(string.Join("<br>", errors.Select(e => HtmlEncoder.Default.Encode(e.ErrorMessage))));
    }
}
